namespace FractalTrader.Messages.Signals;

/// <summary>
/// A strategy's trade setup on the newest closed bar of its symbol, sent to the risk guardian,
/// which decides it exactly once (by <see cref="SignalId"/>). Immutable.
/// </summary>
/// <param name="SignalId">Deterministic id (strategy, symbol, timeframe, bar time, direction), e.g. <c>fvg_fill:BTC:1h:2025-01-01T22:00:00Z:long</c>.</param>
/// <param name="Strategy">Strategy name, e.g. <c>fvg_fill</c>.</param>
/// <param name="Symbol">Coin.</param>
/// <param name="Timeframe">Bar interval, e.g. <c>1h</c>.</param>
/// <param name="BarTime">Open time of the trigger bar (UTC).</param>
/// <param name="Direction">Long or short.</param>
/// <param name="Entry">Suggested entry (the trigger bar's close).</param>
/// <param name="StopLoss">Protective stop.</param>
/// <param name="TakeProfit">Profit target.</param>
/// <param name="Confidence">Confidence, 0..100.</param>
/// <param name="SignalType">The strategy's setup name, e.g. <c>bullish_sweep</c>.</param>
public sealed record SignalIssued(
    string SignalId,
    string Strategy,
    string Symbol,
    string Timeframe,
    DateTimeOffset BarTime,
    Direction Direction,
    decimal Entry,
    decimal StopLoss,
    decimal TakeProfit,
    int Confidence,
    string SignalType);
