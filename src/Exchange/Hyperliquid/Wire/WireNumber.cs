using System.Globalization;
using System.Numerics;

namespace FractalTrader.Exchange.Hyperliquid.Wire;

/// <summary>
/// The SDK's <c>float_to_wire</c> and <c>float_to_int</c> (spec §4.2): numbers as the strings that
/// get signed and sent — at most 8 decimals, no trailing zeros, never an exponent. Stateless.
/// </summary>
public static class WireNumber
{
    /// <summary>Formats a decimal price or size for the wire.</summary>
    /// <exception cref="ArgumentException">It needs more than 8 decimals ("float_to_wire causes rounding").</exception>
    public static string Format(decimal value)
    {
        var rounded = Math.Round(value, 8, MidpointRounding.ToEven);
        if (rounded != value)
        {
            throw new ArgumentException($"float_to_wire causes rounding: {value} has more than 8 decimals.", nameof(value));
        }

        var text = (rounded / 1.000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
        return text;
    }

    /// <summary>Formats a double exactly as the Python SDK does (used for parity with its vectors).</summary>
    /// <exception cref="ArgumentException">Rounding to 8 decimals moves it by 1e-12 or more.</exception>
    public static string Format(double value)
    {
        var text = value.ToString("F8", CultureInfo.InvariantCulture);
        if (Math.Abs(double.Parse(text, CultureInfo.InvariantCulture) - value) >= 1e-12)
        {
            throw new ArgumentException($"float_to_wire causes rounding: {value.ToString("R", CultureInfo.InvariantCulture)}.", nameof(value));
        }

        text = text.TrimEnd('0');
        return text.EndsWith('.') ? text[..^1] : text;
    }

    /// <summary>
    /// <c>float_to_int(x, power)</c>: x·10^power as an integer (e.g. USD to micro-USD with power
    /// 6), refusing values that would need rounding by 1e-3 or more. Decimal in, so integers the
    /// SDK passes as Python ints (123123123123·10⁸) stay exact.
    /// </summary>
    /// <exception cref="ArgumentException">|round(w) − w| ≥ 1e-3 ("float_to_int causes rounding").</exception>
    public static BigInteger ToScaledInteger(decimal value, int power)
    {
        var scaled = value;
        for (var i = 0; i < power; i++)
        {
            scaled *= 10;
        }

        var rounded = Math.Round(scaled, MidpointRounding.ToEven);
        if (Math.Abs(rounded - scaled) >= 0.001m)
        {
            throw new ArgumentException($"float_to_int causes rounding: {value.ToString(CultureInfo.InvariantCulture)}.", nameof(value));
        }

        return new BigInteger(rounded);
    }
}
