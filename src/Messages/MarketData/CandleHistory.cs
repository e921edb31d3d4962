namespace FractalTrader.Messages.MarketData;

/// <summary>
/// The validated bars a strategy warms up from (oldest first), sent at start and after every
/// restart of a symbol's strategy; signals found while warming up are never traded. Immutable.
/// </summary>
/// <param name="Symbol">Coin.</param>
/// <param name="Candles">Closed bars, oldest first.</param>
public sealed record CandleHistory(string Symbol, IReadOnlyList<CandleClosed> Candles);
