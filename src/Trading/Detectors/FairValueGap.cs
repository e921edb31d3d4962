using System.Runtime.InteropServices;

namespace FractalTrader.Trading.Detectors;

/// <summary>
/// A three-candle imbalance, indexed by its third candle. Immutable and thread-safe.
/// </summary>
/// <param name="Bar">The third candle's bar.</param>
/// <param name="GapLow">Lower edge of the gap.</param>
/// <param name="GapHigh">Upper edge of the gap.</param>
[StructLayout(LayoutKind.Auto)]
public readonly record struct FairValueGap(int Bar, double GapLow, double GapHigh)
{
    /// <summary>The zone whose touch counts as a fill: the whole gap, or its lower part for a partial fill.</summary>
    public (double Bottom, double Top) FillZone(FvgFillMode mode, double partialPercent) =>
        mode == FvgFillMode.Full ? (GapLow, GapHigh) : (GapLow, GapLow + ((GapHigh - GapLow) * partialPercent));

    /// <summary>Size relative to the lower edge, as the original computes it.</summary>
    public double RelativeSize => (GapHigh - GapLow) / GapLow;
}
