using FractalTrader.Trading.Backtesting;
using FractalTrader.Trading.MarketData;
using FractalTrader.Trading.MarketData.Synthetic;

namespace FractalTrader.Benchmarks.Trading;

/// <summary>Seeded synthetic BTC candles shared by the trading suites.</summary>
internal static class BenchmarkMarket
{
    public static CandleSeries Btc(int bars, long seed = 42) =>
        CandleSeries.From(SyntheticMarket.Generate([SyntheticSymbol.For("BTC")], Timeframe.H1, bars, seed, new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero))["BTC"]);

    public static BacktestMarket BtcMarket(int bars) => new("BTC", Timeframe.H1, Btc(bars));
}
