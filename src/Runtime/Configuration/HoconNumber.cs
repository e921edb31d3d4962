using System.Globalization;

namespace FractalTrader.Runtime.Configuration;

/// <summary>
/// A number value that keeps its original spelling (<c>8.0</c> stays "8.0" inside a string
/// concatenation) while comparing by value. Whole numbers that fit in 64 bits are held exactly.
/// Immutable and thread-safe.
/// </summary>
public sealed class HoconNumber : HoconValue
{
    private readonly long whole;
    private readonly double fraction;

    private HoconNumber(long whole, double fraction, bool isWhole, string text, HoconOrigin origin)
        : base(origin)
    {
        this.whole = whole;
        this.fraction = fraction;
        IsWhole = isWhole;
        Text = text;
    }

    /// <summary>The number as it was written.</summary>
    public string Text { get; }

    /// <summary>Whether the value is a whole number that fits in a <see cref="long"/>.</summary>
    public bool IsWhole { get; }

    /// <inheritdoc />
    public override HoconValueType Type => HoconValueType.Number;

    internal override string ConcatenationText => Text;

    /// <summary>Creates a whole number.</summary>
    public static HoconNumber FromLong(long value, HoconOrigin? origin = null) =>
        new(value, value, isWhole: true, value.ToString(CultureInfo.InvariantCulture), origin ?? HoconOrigin.Api);

    /// <summary>Creates a number from a double; whole doubles become whole numbers, as in the reference.</summary>
    public static HoconNumber FromDouble(double value, HoconOrigin? origin = null) =>
        FromDouble(value, value.ToString("R", CultureInfo.InvariantCulture), origin ?? HoconOrigin.Api);

    /// <summary>The value as a double.</summary>
    public double ToDouble() => IsWhole ? whole : fraction;

    /// <summary>The value as a long when it is whole and fits.</summary>
    public bool TryGetLong(out long value)
    {
        value = whole;
        return IsWhole;
    }

    /// <summary>The value as a decimal, read from the original spelling so no binary rounding creeps in.</summary>
    public bool TryGetDecimal(out decimal value)
    {
        if (IsWhole)
        {
            value = whole;
            return true;
        }

        return decimal.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <inheritdoc />
    public override HoconValue WithOrigin(HoconOrigin origin) => new HoconNumber(whole, fraction, IsWhole, Text, origin);

    /// <inheritdoc />
    public override bool Equals(HoconValue? other) =>
        other is HoconNumber n && n.IsWhole == IsWhole && (IsWhole ? n.whole == whole : n.fraction.Equals(fraction));

    /// <inheritdoc />
    public override int GetHashCode() => IsWhole ? whole.GetHashCode() : fraction.GetHashCode();

    /// <summary>
    /// Reads a number token the way the reference tokenizer does: text with '.', 'e' or 'E' is a
    /// double (Java <c>Double.parseDouble</c> syntax), anything else a 64-bit integer. Text that is
    /// neither (<c>1.0.0</c>, <c>1-e3</c>, an integer beyond 64 bits) is not a number.
    /// </summary>
    internal static HoconNumber? ParseToken(string text, HoconOrigin origin)
    {
        if (text.AsSpan().IndexOfAny('.', 'e', 'E') >= 0)
        {
            return IsJavaDouble(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                ? FromDouble(d, text, origin)
                : null;
        }

        return IsInteger(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
            ? new HoconNumber(l, l, isWhole: true, text, origin)
            : null;
    }

    /// <summary>Converts a string to a number as getters do ("57", "3.14", ".33", "+1").</summary>
    internal static HoconNumber? ParseString(string text, HoconOrigin origin)
    {
        var trimmed = text.Trim();
        var unsigned = trimmed.StartsWith('+') ? trimmed[1..] : trimmed;
        if (unsigned.Length == 0 || unsigned[0] is '+')
        {
            return null;
        }

        if (IsInteger(unsigned) && long.TryParse(unsigned, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
        {
            return new HoconNumber(l, l, isWhole: true, trimmed, origin);
        }

        return IsJavaDouble(unsigned) && double.TryParse(unsigned, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? FromDouble(d, trimmed, origin)
            : null;
    }

    private static HoconNumber FromDouble(double value, string text, HoconOrigin origin)
    {
        // Same rule as the reference: a double with a whole value becomes an integer (8.0 == 8).
        if (Math.Floor(value) == value && value >= -9.2233720368547758E18 && value < 9.2233720368547758E18)
        {
            var asLong = (long)value;
            return new HoconNumber(asLong, value, isWhole: true, text, origin);
        }

        return new HoconNumber(0, value, isWhole: false, text, origin);
    }

    private static bool IsInteger(string text)
    {
        var i = text.StartsWith('-') ? 1 : 0;
        if (i == text.Length)
        {
            return false;
        }

        for (; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    // -?(digits '.'? digits? | '.' digits)([eE][+-]?digits)?
    private static bool IsJavaDouble(string text)
    {
        var i = text.StartsWith('-') ? 1 : 0;
        var intDigits = CountDigits(text, ref i);
        var fracDigits = 0;
        if (i < text.Length && text[i] == '.')
        {
            i++;
            fracDigits = CountDigits(text, ref i);
        }

        if (intDigits + fracDigits == 0)
        {
            return false;
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-')
            {
                i++;
            }

            if (CountDigits(text, ref i) == 0)
            {
                return false;
            }
        }

        return i == text.Length;
    }

    private static int CountDigits(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i - start;
    }
}
