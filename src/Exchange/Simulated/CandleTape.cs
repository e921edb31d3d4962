using FractalTrader.Exchange.Instruments;
using FractalTrader.Trading.MarketData;

namespace FractalTrader.Exchange.Simulated;

/// <summary>
/// The bars one symbol's market follows: replayed candles re-timed so bar 0 opens at
/// <see cref="Origin"/>, then a seeded random walk from the last close. Bars are generated in
/// order and cached, so the tape is the same however it is read. Not thread-safe (the venue
/// serializes access).
/// </summary>
internal sealed class CandleTape
{
    private const decimal BarVolatility = 0.002m;
    private readonly List<Candle> bars = [];
    private readonly IReadOnlyList<Candle> data;
    private readonly Random random;
    private readonly OrderRounding rounding;
    private readonly decimal startPrice;

    public CandleTape(IReadOnlyList<Candle> data, Timeframe timeframe, DateTimeOffset origin, int seed, decimal startPrice, OrderRounding rounding)
    {
        this.data = data;
        Timeframe = timeframe;
        Origin = origin;
        random = new Random(seed);
        this.startPrice = startPrice;
        this.rounding = rounding;
    }

    public Timeframe Timeframe { get; }

    /// <summary>Open time of bar 0.</summary>
    public DateTimeOffset Origin { get; }

    /// <summary>Index of the bar open at <paramref name="time"/>.</summary>
    public long IndexAt(DateTimeOffset time) => (long)Math.Floor((time - Origin) / Timeframe.Duration);

    /// <summary>Open time of bar <paramref name="index"/>.</summary>
    public DateTimeOffset OpenTime(long index) => Origin + (Timeframe.Duration * index);

    /// <summary>Bar <paramref name="index"/> (≥ 0), generated on first use.</summary>
    public Candle Bar(long index)
    {
        while (bars.Count <= index)
        {
            bars.Add(Next(bars.Count));
        }

        return bars[(int)index];
    }

    private Candle Next(int index)
    {
        var openTime = OpenTime(index);
        if (index < data.Count)
        {
            var d = data[index];
            return d with { OpenTime = openTime };
        }

        var open = index == 0 ? startPrice : Bar(index - 1).Close;
        var move = (decimal)Gaussian() * BarVolatility;
        var close = rounding.RoundPrice(Math.Max(open * (1 + move), open / 2));
        var wick = (decimal)Math.Abs(Gaussian()) * BarVolatility / 2;
        var high = rounding.RoundPrice(Math.Max(open, close) * (1 + wick), PriceRounding.Up);
        var low = rounding.RoundPrice(Math.Min(open, close) * (1 - wick), PriceRounding.Down);
        var volume = rounding.RoundSize(1_000_000m / open * (decimal)(0.5 + random.NextDouble()));
        return new Candle(openTime, open, high, low, close, volume);
    }

    private double Gaussian()
    {
        // Box–Muller from the seeded generator, so synthetic markets are reproducible.
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
