namespace FractalTrader.Messages.MarketData;

/// <summary>A bar the market data actor refused (it never reaches a strategy), with why. Published on the event stream. Immutable.</summary>
/// <param name="Symbol">Coin.</param>
/// <param name="OpenTime">Open time of the refused bar.</param>
/// <param name="Reason">What was wrong: NaN-free but negative, inconsistent, out of order, duplicate, or after a gap.</param>
public sealed record CandleDropped(string Symbol, DateTimeOffset OpenTime, string Reason);
