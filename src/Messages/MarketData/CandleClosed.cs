namespace FractalTrader.Messages.MarketData;

/// <summary>
/// A closed, validated bar of one symbol: what the market data actor publishes to the symbol's
/// strategy and to the risk guardian (data freshness, mark price). Immutable.
/// </summary>
/// <param name="Symbol">Coin, e.g. <c>BTC</c>.</param>
/// <param name="Timeframe">Bar interval as venues spell it, e.g. <c>1h</c>.</param>
/// <param name="OpenTime">Open time of the bar (UTC).</param>
/// <param name="CloseTime">Close time of the bar (UTC): open time plus the interval.</param>
/// <param name="Open">Opening price.</param>
/// <param name="High">Highest price.</param>
/// <param name="Low">Lowest price.</param>
/// <param name="Close">Closing price.</param>
/// <param name="Volume">Traded volume in base units.</param>
public sealed record CandleClosed(
    string Symbol,
    string Timeframe,
    DateTimeOffset OpenTime,
    DateTimeOffset CloseTime,
    decimal Open,
    decimal High,
    decimal Low,
    decimal Close,
    decimal Volume);
