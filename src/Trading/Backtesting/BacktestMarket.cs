using FractalTrader.Trading.MarketData;

namespace FractalTrader.Trading.Backtesting;

/// <summary>One symbol's candles in a backtest. Immutable.</summary>
/// <param name="Symbol">The symbol, e.g. <c>BTC</c>.</param>
/// <param name="Timeframe">The candle interval.</param>
/// <param name="Series">The candles, in time order.</param>
public sealed record BacktestMarket(string Symbol, Timeframe Timeframe, CandleSeries Series);
