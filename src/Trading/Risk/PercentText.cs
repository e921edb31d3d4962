using System.Globalization;

namespace FractalTrader.Trading.Risk;

/// <summary>Percentages as operators write them in reasons: <c>10.00%</c>, never culture-spaced. Stateless.</summary>
internal static class PercentText
{
    public static string Of(decimal fraction, int decimals = 0) =>
        (fraction * 100m).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%";
}
