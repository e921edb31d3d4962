using System.Runtime.InteropServices;

namespace FractalTrader.Runtime.Configuration;

/// <summary>
/// A calendar period read from configuration (<c>3 weeks</c>, <c>5 mo</c>, <c>1y</c>): years,
/// months and days, which only become a fixed length once added to a date. Immutable.
/// </summary>
/// <param name="Years">Whole years.</param>
/// <param name="Months">Whole months.</param>
/// <param name="Days">Whole days (weeks are counted as 7 days).</param>
[StructLayout(LayoutKind.Auto)]
public readonly record struct HoconPeriod(int Years, int Months, int Days)
{
    /// <summary>The date this period after <paramref name="date"/>.</summary>
    public DateOnly AddTo(DateOnly date) => date.AddYears(Years).AddMonths(Months).AddDays(Days);
}
