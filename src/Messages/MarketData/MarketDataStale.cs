namespace FractalTrader.Messages.MarketData;

/// <summary>The market data actor tells the risk guardian that a symbol's bars stopped arriving. Immutable.</summary>
/// <param name="Symbol">Coin.</param>
/// <param name="LastCloseTime">Close time of the last good bar, or null if none arrived yet.</param>
/// <param name="Age">How long ago that was.</param>
public sealed record MarketDataStale(string Symbol, DateTimeOffset? LastCloseTime, TimeSpan Age);
