namespace FractalTrader.Runtime.Configuration.Units;

/// <summary>Splits a value such as <c>10 seconds</c> into its number and its unit (the trailing letters).</summary>
internal static class UnitText
{
    public static (string Number, string Unit) Split(string input)
    {
        var s = Trim(input);
        var i = s.Length;
        while (i > 0 && char.IsLetter(s[i - 1]))
        {
            i--;
        }

        return (Trim(s[..i]), s[i..]);
    }

    public static bool IsInteger(string number)
    {
        var start = number.Length > 0 && number[0] is '+' or '-' ? 1 : 0;
        if (start == number.Length)
        {
            return false;
        }

        for (var i = start; i < number.Length; i++)
        {
            if (!char.IsAsciiDigit(number[i]))
            {
                return false;
            }
        }

        return true;
    }

    // The reference's "time unit" plural rule: a unit longer than two letters gets an 's' ("second" -> "seconds").
    public static string Plural(string unit) => unit.Length > 2 && !unit.EndsWith('s') ? unit + "s" : unit;

    private static string Trim(string s)
    {
        var start = 0;
        var end = s.Length;
        while (start < end && Parsing.Tokenizer.IsWhitespace(s[start]))
        {
            start++;
        }

        while (end > start && Parsing.Tokenizer.IsWhitespace(s[end - 1]))
        {
            end--;
        }

        return s[start..end];
    }
}
