using FractalTrader.Trading.MarketData;

namespace FractalTrader.Exchange.MarketData;

/// <summary>
/// A candle from a live stream: updates of the forming bar (<see cref="IsClosed"/> false) and,
/// exactly once per bar and in order, the closed bar (true). Immutable.
/// </summary>
/// <param name="Symbol">Coin.</param>
/// <param name="Timeframe">Interval.</param>
/// <param name="Bar">The bar.</param>
/// <param name="IsClosed">Whether the bar is final.</param>
public sealed record CandleUpdate(string Symbol, Timeframe Timeframe, Candle Bar, bool IsClosed);
