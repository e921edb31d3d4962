using System.Globalization;

namespace FractalTrader.Trading.Numerics;

/// <summary>
/// Converts a detector's <see cref="double"/> to the <see cref="decimal"/> written by its shortest
/// round-trip text, so the decimal converts back to the very same double. Stateless and thread-safe.
/// </summary>
public static class ExactDecimal
{
    private static readonly UInt128[] PowersOfTen = Powers();

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

        if (TryNearestOfSixteenOrSeventeenDigits(value, out result))
        {
            return true;
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
    /// The shortest round-trip decimal of 16 or 17 digits (what "R" writes when 15 do not suffice),
    /// computed in integers instead of formatted and parsed: for p = 15, 16, 17 the value scaled by
    /// 10^k (k = p − 1 − its decimal exponent) is rounded to the nearest integer N exactly, and N·10^−k
    /// is taken when it lies strictly inside the double's rounding interval. At 15 digits or fewer
    /// at most one candidate lies inside; beyond, the nearest one is the one "R" writes. False
    /// (leave it to the formatter) for ties, binade edges and values outside [1e-7, 1e15).
    /// </summary>
    private static bool TryNearestOfSixteenOrSeventeenDigits(double value, out decimal result)
    {
        result = 0m;
        var magnitude = Math.Abs(value);
        if (!(magnitude is >= 1e-7 and < 1e15))
        {
            return false;
        }

        var bits = BitConverter.DoubleToInt64Bits(magnitude);
        var mantissa = (ulong)bits & ((1UL << 52) - 1);
        if (mantissa == 0)
        {
            // A power of two: the interval below it is half as wide as above.
            return false;
        }

        mantissa |= 1UL << 52;
        var shift = 1075 - (int)(bits >> 52); // magnitude = mantissa / 2^shift, shift > 0 in this range
        var exponent = (int)Math.Floor(Math.Log10(magnitude));
        for (var digits = 15; digits <= 17; digits++)
        {
            var k = digits - 1 - exponent;
            var inside = Nearest(mantissa, shift, digits, k, out var nearest);
            if (inside is null)
            {
                return false;
            }

            if (inside.Value)
            {
                var scale = k;
                while (scale > 0 && nearest % 10 == 0)
                {
                    nearest /= 10;
                    scale--;
                }

                result = new decimal((int)(uint)nearest, (int)(uint)(nearest >> 32), 0, value < 0, (byte)scale);
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The integer nearest to mantissa / 2^shift · 10^k, which must have <paramref name="digits"/>
    /// digits, and whether it lies strictly inside the double's rounding interval (scaled by 10^k);
    /// null when that cannot be told here (a tie, or a misjudged exponent near a power of ten).
    /// </summary>
    private static bool? Nearest(ulong mantissa, int shift, int digits, int k, out ulong nearest)
    {
        nearest = 0;
        if (k is < 0 or >= 23)
        {
            return null;
        }

        // Exact: below 2^53 · 10^22 < 2^127.
        var scaled = mantissa * PowersOfTen[k];
        var whole = scaled >> shift;
        var rest = scaled - (whole << shift);
        var half = UInt128.One << (shift - 1);
        if (rest == half)
        {
            return null;
        }

        var candidate = rest > half ? whole + 1 : whole;
        var distance = rest > half ? (UInt128.One << shift) - rest : rest;
        if (candidate < PowersOfTen[digits - 1] || candidate >= PowersOfTen[digits])
        {
            return null;
        }

        // Inside when |N − magnitude · 10^k| is below half an ulp · 10^k, i.e. 2 · distance < 10^k.
        var twice = distance << 1;
        if (twice == PowersOfTen[k])
        {
            return null;
        }

        nearest = (ulong)candidate;
        return twice < PowersOfTen[k];
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

    private static UInt128[] Powers()
    {
        var powers = new UInt128[23];
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }
}
