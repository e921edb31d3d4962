using System.Text;

namespace FractalTrader.Trading.Backtesting;

/// <summary>Groups refusal reasons: digits collapse to <c>N</c> (e.g. "drawdown N% …"). Stateless.</summary>
internal static class RefusalKey
{
    /// <summary>
    /// Compares reasons text by text between their numbers, without building keys, so a backtest
    /// counts its refusals in about one entry per key however many different numbers the reasons
    /// carry. Reasons it tells apart may still share a key: <see cref="Of"/> merges them at the end.
    /// Thread-safe.
    /// </summary>
    public static IEqualityComparer<string> Comparer { get; } = new TextBetweenNumbers();

    public static string Of(string reason)
    {
        var text = new StringBuilder(reason.Length);
        var inNumber = false;
        foreach (var c in reason)
        {
            var numeric = char.IsAsciiDigit(c) || (inNumber && (c == '.' || c == ','));
            if (numeric)
            {
                if (!inNumber)
                {
                    text.Append('N');
                }
            }
            else
            {
                text.Append(c);
            }

            inNumber = numeric;
        }

        return text.ToString();
    }

    private const int Number = -1;
    private const int End = -2;

    /// <summary>
    /// The next token of a reason: a character, <see cref="Number"/> for a whole number (as in
    /// <see cref="Of"/>: digits and the dots and commas among them) or <see cref="End"/>.
    /// </summary>
    private static int NextToken(string reason, ref int at)
    {
        if (at >= reason.Length)
        {
            return End;
        }

        var c = reason[at++];
        if (!char.IsAsciiDigit(c))
        {
            return c;
        }

        while (at < reason.Length && (char.IsAsciiDigit(reason[at]) || reason[at] is '.' or ','))
        {
            at++;
        }

        return Number;
    }

    /// <summary>Equal when the texts between numbers are equal, token by token in one pass.</summary>
    private sealed class TextBetweenNumbers : IEqualityComparer<string>
    {
        public bool Equals(string? x, string? y)
        {
            if (ReferenceEquals(x, y))
            {
                return true;
            }

            if (x is null || y is null)
            {
                return false;
            }

            int atX = 0, atY = 0;
            while (true)
            {
                var token = NextToken(x, ref atX);
                if (token != NextToken(y, ref atY))
                {
                    return false;
                }

                if (token == End)
                {
                    return true;
                }
            }
        }

        public int GetHashCode(string obj)
        {
            // FNV-1a over the tokens: reasons are our own texts, so no need for a randomised hash.
            var hash = 2166136261u;
            var at = 0;
            for (var token = NextToken(obj, ref at); token != End; token = NextToken(obj, ref at))
            {
                hash = unchecked((hash ^ (uint)token) * 16777619u);
            }

            return unchecked((int)hash);
        }
    }
}
