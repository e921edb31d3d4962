using System.Text;

namespace FractalTrader.Trading.Backtesting;

/// <summary>Groups refusal reasons: digits collapse to <c>N</c> (e.g. "drawdown N% …"). Stateless.</summary>
internal static class RefusalKey
{
    /// <summary>
    /// Compares reasons by their key without building it, so a backtest counts refusals in one entry
    /// per key however many different numbers the reasons carry. Thread-safe.
    /// </summary>
    public static IEqualityComparer<string> Comparer { get; } = new KeyComparer();

    public static string Of(string reason)
    {
        var text = new StringBuilder(reason.Length);
        var at = 0;
        var inNumber = false;
        while (Next(reason, ref at, ref inNumber) is var c and >= 0)
        {
            text.Append((char)c);
        }

        return text.ToString();
    }

    /// <summary>The next character of the key (-1 at the end): a run of digits, with the dots and commas inside it, is one <c>N</c>.</summary>
    private static int Next(string reason, ref int at, ref bool inNumber)
    {
        while (at < reason.Length)
        {
            var c = reason[at++];
            var wasInNumber = inNumber;
            inNumber = char.IsAsciiDigit(c) || (wasInNumber && c is '.' or ',');
            if (!inNumber)
            {
                return c;
            }

            if (!wasInNumber)
            {
                return 'N';
            }
        }

        return -1;
    }

    private sealed class KeyComparer : IEqualityComparer<string>
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
            bool numberX = false, numberY = false;
            while (true)
            {
                var c = Next(x, ref atX, ref numberX);
                if (c != Next(y, ref atY, ref numberY))
                {
                    return false;
                }

                if (c < 0)
                {
                    return true;
                }
            }
        }

        public int GetHashCode(string obj)
        {
            // A plain polynomial hash: reasons are few and short-lived, and this runs per refusal.
            var hash = 17;
            var at = 0;
            var inNumber = false;
            while (Next(obj, ref at, ref inNumber) is var c and >= 0)
            {
                hash = unchecked((hash * 31) + c);
            }

            return hash;
        }
    }
}
