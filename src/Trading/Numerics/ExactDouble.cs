using System.Globalization;

namespace FractalTrader.Trading.Numerics;

/// <summary>
/// Converts a <see cref="decimal"/> to the <see cref="double"/> that parsing its text gives.
/// Stateless and thread-safe.
/// </summary>
/// <remarks>
/// The detectors must see exactly the doubles the original Python code parsed from the same text.
/// The <c>(double)</c> cast of a decimal is not guaranteed to be correctly rounded, so this takes
/// the exact fast path where it is provably correct (an integer mantissa below 2^53 divided by an
/// exactly representable power of ten is one correctly rounded IEEE operation) and otherwise
/// parses the decimal's invariant text, which holds every digit.
/// </remarks>
public static class ExactDouble
{
    private const ulong MaxExactMantissa = 1UL << 53;

    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    /// <summary>The double nearest to <paramref name="value"/> (round half to even).</summary>
    public static double From(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = (bits[3] >> 16) & 0xFF;
        var negative = bits[3] < 0;
        if (bits[2] == 0 && scale < PowersOfTen.Length)
        {
            var mantissa = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
            if (mantissa < MaxExactMantissa)
            {
                var result = mantissa / PowersOfTen[scale];
                return negative ? -result : result;
            }
        }

        return Parsed(value);
    }

    /// <summary>The slow path, kept apart so the common one stays small: parse the decimal's invariant text.</summary>
    private static double Parsed(decimal value)
    {
        // The invariant text of a decimal has at most 31 characters (sign, point, 29 digits).
        Span<char> text = stackalloc char[40];
        return value.TryFormat(text, out var written, default, CultureInfo.InvariantCulture)
            ? double.Parse(text[..written], NumberStyles.Float, CultureInfo.InvariantCulture)
            : double.Parse(value.ToString(CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
