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

    /// <summary>The text up to the next number; <paramref name="at"/> moves past that number.</summary>
    private static ReadOnlySpan<char> NextText(string reason, ref int at, out bool number)
    {
        var rest = reason.AsSpan(at);
        var digit = rest.IndexOfAnyInRange('0', '9');
        if (digit < 0)
        {
            at = reason.Length;
            number = false;
            return rest;
        }

        // As in Of: a number runs on through digits and the dots and commas among them.
        var end = at + digit;
        while (end < reason.Length && (char.IsAsciiDigit(reason[end]) || reason[end] is '.' or ','))
        {
            end++;
        }

        at = end;
        number = true;
        return rest[..digit];
    }

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
            while (atX < x.Length || atY < y.Length)
            {
                if (!NextText(x, ref atX, out var numberX).SequenceEqual(NextText(y, ref atY, out var numberY)) || numberX != numberY)
                {
                    return false;
                }
            }

            return true;
        }

        public int GetHashCode(string obj)
        {
            var hash = 17;
            var at = 0;
            while (at < obj.Length)
            {
                hash = unchecked((hash * 31) + string.GetHashCode(NextText(obj, ref at, out var number), StringComparison.Ordinal) + (number ? 1 : 0));
            }

            return hash;
        }
    }
}
