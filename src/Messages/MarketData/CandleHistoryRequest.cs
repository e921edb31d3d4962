namespace FractalTrader.Messages.MarketData;

/// <summary>A strategy asks the market data actor for its symbol's recent bars; the answer is a <see cref="CandleHistory"/>. Immutable.</summary>
/// <param name="Symbol">Coin.</param>
public sealed record CandleHistoryRequest(string Symbol);
