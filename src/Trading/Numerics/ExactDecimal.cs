using System.Globalization;

namespace FractalTrader.Trading.Numerics;

/// <summary>
/// Converts a detector's <see cref="double"/> to the <see cref="decimal"/> written by its shortest
/// round-trip text, so the decimal converts back to the very same double. Stateless and thread-safe.
/// </summary>
public static class ExactDecimal
{
    /// <summary>The decimal spelled like the shortest text that round-trips <paramref name="value"/>.</summary>
    /// <exception cref="OverflowException">The value is not finite or outside the decimal range.</exception>
    public static decimal From(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new OverflowException($"{value.ToString(CultureInfo.InvariantCulture)} has no decimal value");
        }

        return TryFrom(value, out var result)
            ? result
            : throw new OverflowException($"{value.ToString("R", CultureInfo.InvariantCulture)} is outside the decimal range");
    }

    /// <summary>Like <see cref="From"/>, returning false instead of throwing.</summary>
    public static bool TryFrom(double value, out decimal result)
    {
        // Fast path: the cast keeps 15 significant digits; when that decimal converts back to the
        // same double it is the shortest round-trip text (two 15-digit values cannot both lie
        // within half an ulp of one double), so no formatting is needed.
        if (double.IsFinite(value) && Math.Abs(value) is > 1e-15 and < 1e15)
        {
            var candidate = (decimal)value;
            if (ExactDouble.From(candidate) == value)
            {
                result = candidate;
                return true;
            }
        }

        result = 0m;
        Span<char> text = stackalloc char[32];
        if (!double.IsFinite(value) || !value.TryFormat(text, out var written, "R", CultureInfo.InvariantCulture))
        {
            return false;
        }

        // Read digit for digit, the decimal is exactly the round-trip text, so it converts back to
        // the same double: no need to check (which would format and parse the decimal again).
        if (TryParseShortest(text[..written], out result))
        {
            return true;
        }

        // Values too small for a decimal parse to 0 (or lose digits): refuse rather than round.
        return decimal.TryParse(text[..written], NumberStyles.Float, CultureInfo.InvariantCulture, out result)
            && ExactDouble.From(result) == value;
    }

    /// <summary>
    /// Reads the round-trip text of a double (at most 17 digits, an optional exponent) straight into
    /// a decimal; false for what needs the general parser (more digits, scales beyond 0..28).
    /// </summary>
    private static bool TryParseShortest(ReadOnlySpan<char> text, out decimal result)
    {
        result = 0m;
        var negative = text.Length > 0 && text[0] == '-';
        var i = negative ? 1 : 0;
        ulong mantissa = 0;
        var digits = 0;
        var fraction = 0;
        var inFraction = false;
        for (; i < text.Length && text[i] is not ('E' or 'e'); i++)
        {
            var c = text[i];
            if (c == '.')
            {
                inFraction = true;
                continue;
            }

            if (!char.IsAsciiDigit(c) || ++digits > 18)
            {
                return false;
            }

            mantissa = (mantissa * 10) + (ulong)(c - '0');
            fraction += inFraction ? 1 : 0;
        }

        var exponent = 0;
        if (i < text.Length && !int.TryParse(text[(i + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent))
        {
            return false;
        }

        var scale = fraction - exponent;
        if (scale is < 0 or > 28)
        {
            return false;
        }

        result = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, negative, (byte)scale);
        return true;
    }
}
