namespace FractalTrader.Trading.MarketData;

/// <summary>
/// One OHLCV bar identified by its open time (UTC). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Prices and volume are <see cref="decimal"/> so that what a venue or a CSV file says is held
/// exactly; detectors convert to <see cref="double"/> (through the decimal's exact text, so the
/// result equals parsing the original text) for indicator math. The type does not validate:
/// loaders decide whether an inconsistent bar is an error (strict) or accepted (lenient).
/// </remarks>
/// <param name="OpenTime">Open time of the bar, in UTC.</param>
/// <param name="Open">Opening price.</param>
/// <param name="High">Highest price.</param>
/// <param name="Low">Lowest price.</param>
/// <param name="Close">Closing price.</param>
/// <param name="Volume">Traded volume in base units.</param>
public readonly record struct Candle(
    DateTimeOffset OpenTime,
    decimal Open,
    decimal High,
    decimal Low,
    decimal Close,
    decimal Volume);
