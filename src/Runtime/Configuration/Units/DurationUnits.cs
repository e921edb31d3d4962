using System.Globalization;
using System.Numerics;

namespace FractalTrader.Runtime.Configuration.Units;

/// <summary>
/// Reads durations: a number and an optional unit (ns, us, ms, s, m, h, d and their long forms;
/// no unit means milliseconds). Whole numbers are exact to the nanosecond; fractions go through a
/// double, as in the reference. Stateless.
/// </summary>
internal static class DurationUnits
{
    private static readonly Dictionary<string, long> NanosPerUnit = new(StringComparer.Ordinal)
    {
        [string.Empty] = 1_000_000,
        ["ms"] = 1_000_000,
        ["millis"] = 1_000_000,
        ["milliseconds"] = 1_000_000,
        ["us"] = 1_000,
        ["micros"] = 1_000,
        ["microseconds"] = 1_000,
        ["ns"] = 1,
        ["nanos"] = 1,
        ["nanoseconds"] = 1,
        ["s"] = 1_000_000_000,
        ["seconds"] = 1_000_000_000,
        ["m"] = 60_000_000_000,
        ["minutes"] = 60_000_000_000,
        ["h"] = 3_600_000_000_000,
        ["hours"] = 3_600_000_000_000,
        ["d"] = 86_400_000_000_000,
        ["days"] = 86_400_000_000_000,
    };

    /// <summary>The duration in nanoseconds, or the reason it cannot be read.</summary>
    public static long ParseNanoseconds(string input, Func<string, HoconException> bad)
    {
        var (number, unit) = UnitText.Split(input);
        if (number.Length == 0)
        {
            throw bad($"no number in the duration {HoconException.Describe(input)} (expected a number and a unit, such as 5s or 250 ms)");
        }

        if (!NanosPerUnit.TryGetValue(UnitText.Plural(unit), out var nanos))
        {
            throw bad($"could not parse time unit {HoconException.Describe(unit)} in the duration {HoconException.Describe(input)} (try ns, us, ms, s, m, h, d)");
        }

        if (UnitText.IsInteger(number))
        {
            var exact = BigInteger.Parse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) * nanos;
            return exact >= long.MinValue && exact <= long.MaxValue
                ? (long)exact
                : throw bad($"the duration {HoconException.Describe(input)} is out of range (more than 292 years in nanoseconds)");
        }

        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw bad($"could not parse duration number {HoconException.Describe(number)}");
        }

        var scaled = value * nanos;
        return scaled is >= -9.2233720368547758E18 and < 9.2233720368547758E18
            ? (long)scaled
            : throw bad($"the duration {HoconException.Describe(input)} is out of range (more than 292 years in nanoseconds)");
    }
}
