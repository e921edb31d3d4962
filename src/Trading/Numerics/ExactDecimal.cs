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
        // Values too small for a decimal parse to 0 (or lose digits): refuse rather than round.
        return double.IsFinite(value)
            && value.TryFormat(text, out var written, "R", CultureInfo.InvariantCulture)
            && decimal.TryParse(text[..written], NumberStyles.Float, CultureInfo.InvariantCulture, out result)
            && ExactDouble.From(result) == value;
    }
}
