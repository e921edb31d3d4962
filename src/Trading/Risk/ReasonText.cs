using System.Globalization;

namespace FractalTrader.Trading.Risk;

/// <summary>How risk decisions write their reasons: invariant numbers, percentages as <c>10.00%</c> (never culture-spaced). Stateless.</summary>
internal static class ReasonText
{
    public static string Of(ref InvariantReason text) => text.ToStringAndClear();

    public static string Percent(decimal fraction, int decimals = 0) =>
        (fraction * 100m).ToString(decimals switch { 0 => "F0", 2 => "F2", _ => "F" + decimals.ToString(CultureInfo.InvariantCulture) }, CultureInfo.InvariantCulture) + "%";
}
