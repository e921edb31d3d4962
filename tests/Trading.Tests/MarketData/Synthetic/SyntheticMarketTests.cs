using FractalTrader.Trading.MarketData;
using FractalTrader.Trading.MarketData.Synthetic;

namespace FractalTrader.Trading.Tests.MarketData.Synthetic;

public sealed class SyntheticMarketTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly SyntheticSymbol[] Majors = [SyntheticSymbol.For("BTC"), SyntheticSymbol.For("ETH"), SyntheticSymbol.For("SOL")];

    [Fact]
    public void The_same_seed_gives_the_same_candles_and_another_seed_does_not()
    {
        var first = SyntheticMarket.Generate(Majors, Timeframe.H1, 500, seed: 7, Start);
        var again = SyntheticMarket.Generate(Majors, Timeframe.H1, 500, seed: 7, Start);
        var other = SyntheticMarket.Generate(Majors, Timeframe.H1, 500, seed: 8, Start);

        again["BTC"].Should().Equal(first["BTC"]);
        again["SOL"].Should().Equal(first["SOL"]);
        other["BTC"].Should().NotEqual(first["BTC"]);
    }

    [Fact]
    public void Candles_pass_the_strict_reader_hourly_from_the_start()
    {
        var market = SyntheticMarket.Generate(Majors, Timeframe.H1, 2_000, seed: 1, Start);

        foreach (var (symbol, candles) in market)
        {
            using var text = new StringWriter();
            CandleCsv.Write(text, candles);
            var read = CandleCsv.Read(new StringReader(text.ToString()), symbol);
            read.Should().Equal(candles, symbol);
            candles[0].OpenTime.Should().Be(Start);
            candles[^1].OpenTime.Should().Be(Start.AddHours(1_999));
        }
    }

    [Fact]
    public void Returns_of_the_symbols_are_strongly_correlated()
    {
        var market = SyntheticMarket.Generate(Majors, Timeframe.H1, 3_000, seed: 3, Start);

        Correlation(Returns(market["BTC"]), Returns(market["ETH"])).Should().BeGreaterThan(0.5);
        Correlation(Returns(market["BTC"]), Returns(market["SOL"])).Should().BeGreaterThan(0.5);
    }

    [Fact]
    public void A_year_of_data_moves_through_regimes_with_different_volatility()
    {
        var btc = Returns(SyntheticMarket.Generate([SyntheticSymbol.For("BTC")], Timeframe.H1, 8_760, seed: 42, Start)["BTC"]);

        var rolling = Enumerable.Range(0, btc.Length / 100).Select(i => StandardDeviation(btc.AsSpan(i * 100, 100).ToArray())).ToArray();

        rolling.Max().Should().BeGreaterThan(2.5 * rolling.Min(), "calm and volatile phases alternate");
    }

    private static double[] Returns(IReadOnlyList<Candle> candles) =>
        [.. candles.Skip(1).Select((c, i) => Math.Log((double)c.Close / (double)candles[i].Close))];

    private static double StandardDeviation(double[] x)
    {
        var mean = x.Average();
        return Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / x.Length);
    }

    private static double Correlation(double[] a, double[] b)
    {
        var ma = a.Average();
        var mb = b.Average();
        var cov = a.Zip(b).Sum(p => (p.First - ma) * (p.Second - mb));
        return cov / Math.Sqrt(a.Sum(v => (v - ma) * (v - ma)) * b.Sum(v => (v - mb) * (v - mb)));
    }
}
