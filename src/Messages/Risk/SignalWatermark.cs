namespace FractalTrader.Messages.Risk;

/// <summary>
/// The newest bar time decided for one (strategy, symbol, timeframe, direction): a signal of that
/// key at or before it was decided already (or is stale), so it is never decided again. Immutable.
/// </summary>
/// <param name="Key">e.g. <c>fvg_fill:BTC:1h:long</c>.</param>
/// <param name="BarTime">Newest decided trigger bar time.</param>
public sealed record SignalWatermark(string Key, DateTimeOffset BarTime);
