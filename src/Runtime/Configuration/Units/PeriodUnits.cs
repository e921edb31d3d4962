using System.Globalization;

namespace FractalTrader.Runtime.Configuration.Units;

/// <summary>Reads periods: a whole number and an optional unit (d, w, m/mo, y and long forms; no unit means days). Stateless.</summary>
internal static class PeriodUnits
{
    public static HoconPeriod Parse(string input, Func<string, HoconException> bad)
    {
        var (number, unit) = UnitText.Split(input);
        if (number.Length == 0)
        {
            throw bad($"no number in the period {HoconException.Describe(input)}");
        }

        if (!int.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
        {
            throw bad($"could not parse period number {HoconException.Describe(number)} (a period takes a whole number)");
        }

        return UnitText.Plural(unit) switch
        {
            "" or "d" or "days" => new HoconPeriod(0, 0, n),
            "w" or "weeks" => new HoconPeriod(0, 0, checked(n * 7)),
            "m" or "mo" or "months" => new HoconPeriod(0, n, 0),
            "y" or "years" => new HoconPeriod(n, 0, 0),
            _ => throw bad($"could not parse time unit {HoconException.Describe(unit)} in the period {HoconException.Describe(input)} (try d, w, mo, y)"),
        };
    }
}
