using FractalTrader.Trading.MarketData;
using FractalTrader.Trading.MarketData.Synthetic;

namespace FractalTrader.Benchmarks.Actors;

/// <summary>Seeded synthetic 1h BTC bars for the node suites (every symbol trades the same series: the work per bar is what matters).</summary>
internal static class BenchBars
{
    public static IReadOnlyList<Candle> Btc(int count, DateTimeOffset firstOpen) =>
        SyntheticMarket.Generate([SyntheticSymbol.For("BTC")], Timeframe.H1, count, 42, firstOpen)["BTC"];
}
