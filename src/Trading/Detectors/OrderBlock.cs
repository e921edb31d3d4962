using System.Runtime.InteropServices;

namespace FractalTrader.Trading.Detectors;

/// <summary>
/// An order block: the single opposite-coloured candle right before an impulse, its zone the
/// candle's full wick range. Immutable and thread-safe.
/// </summary>
/// <param name="Bar">The order-block candle's bar.</param>
/// <param name="Low">Zone bottom (the candle's low).</param>
/// <param name="High">Zone top (the candle's high).</param>
[StructLayout(LayoutKind.Auto)]
public readonly record struct OrderBlock(int Bar, double Low, double High)
{
    /// <summary>Whether a bar's range overlaps the zone (inclusive).</summary>
    public bool IsTouchedBy(double barLow, double barHigh) => barLow <= High && barHigh >= Low;
}
