namespace FractalTrader.Trading.Detectors;

/// <summary>
/// Structure breaks per bar: bullish and bearish breaks of structure (BOS) and changes of
/// character (CHoCH, both directions in one series). Treat as immutable.
/// </summary>
/// <param name="BullishBos">Close broke above the active swing high in an up or flat trend.</param>
/// <param name="BearishBos">Close broke below the active swing low in a down or flat trend.</param>
/// <param name="Choch">A break against the trend.</param>
public sealed record StructureBreakSeries(bool[] BullishBos, bool[] BearishBos, bool[] Choch);
