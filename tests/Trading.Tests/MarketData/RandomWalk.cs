using FractalTrader.Trading.MarketData;

namespace FractalTrader.Trading.Tests.MarketData;

/// <summary>
/// Seeded random-walk candles for property tests: volatility regimes, coarse ticks (so equal highs
/// and lows, ties and equal-level clusters happen) and, optionally, inconsistent bars like the
/// original's fixtures.
/// </summary>
public static class RandomWalk
{
    public static IReadOnlyList<Candle> Generate(int seed, int count, bool allowInconsistent = false)
    {
        var random = new Random(seed);
        var tick = new[] { 0.01m, 0.5m, 5m, 25m }[random.Next(4)];
        var sigma = new[] { 0.002, 0.006, 0.015, 0.03 }[random.Next(4)];
        var price = 50_000.0;
        var time = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var candles = new List<Candle>(count);
        for (var i = 0; i < count; i++)
        {
            if (random.NextDouble() < 0.02)
            {
                sigma = new[] { 0.002, 0.006, 0.015, 0.03 }[random.Next(4)];
            }

            var open = price;
            var close = open * Math.Exp(Normal(random) * sigma);
            var high = Math.Max(open, close) * (1 + (Math.Abs(Normal(random)) * sigma * 0.5));
            var low = Math.Min(open, close) * (1 - (Math.Abs(Normal(random)) * sigma * 0.5));
            var o = Round(open, tick);
            var c = Round(close, tick);
            var h = Math.Max(Round(high, tick), Math.Max(o, c));
            var l = Math.Min(Round(low, tick), Math.Min(o, c));
            if (allowInconsistent && random.NextDouble() < 0.03)
            {
                (h, l) = (l, h);
            }

            var volume = random.NextDouble() < 0.5 ? random.Next(100, 10_000) : Math.Round((decimal)(random.NextDouble() * 5_000), 4);
            candles.Add(new Candle(time, o, h, l, c, volume));
            price = (double)c;
            time = time.AddHours(1);
        }

        return candles;
    }

    private static decimal Round(double value, decimal tick) => Math.Max(tick, Math.Round((decimal)value / tick, MidpointRounding.ToEven) * tick);

    private static double Normal(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
