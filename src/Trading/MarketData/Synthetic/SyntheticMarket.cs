namespace FractalTrader.Trading.MarketData.Synthetic;

/// <summary>
/// Seeded synthetic candles for demos and tests: correlated symbols moving through trending,
/// ranging and volatile regimes (the regime is market-wide; returns are correlated through a
/// Cholesky factor). The same seed and settings always give the same candles. Every candle is
/// consistent (low ≤ open, close ≤ high). Stateless and thread-safe.
/// </summary>
public static class SyntheticMarket
{
    /// <summary>Default correlation between any two generated symbols.</summary>
    public const double DefaultCorrelation = 0.75;

    /// <summary>Generates <paramref name="bars"/> candles per symbol from <paramref name="start"/>.</summary>
    /// <param name="symbols">The symbols, in output order.</param>
    /// <param name="timeframe">Bar interval.</param>
    /// <param name="bars">Candles per symbol.</param>
    /// <param name="seed">Seed: the same seed gives the same candles.</param>
    /// <param name="start">Open time of the first candle.</param>
    /// <param name="correlation">Pairwise correlation of returns, 0 ≤ ρ &lt; 1.</param>
    public static IReadOnlyDictionary<string, IReadOnlyList<Candle>> Generate(
        IReadOnlyList<SyntheticSymbol> symbols,
        Timeframe timeframe,
        int bars,
        long seed,
        DateTimeOffset start,
        double correlation = DefaultCorrelation)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        ArgumentOutOfRangeException.ThrowIfNegative(bars);
        if (correlation is < 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(correlation), correlation, "Correlation must be in [0, 1).");
        }

        var random = new SeededRandom(seed);
        var n = symbols.Count;
        var cholesky = Cholesky(n, correlation);
        var scale = Math.Sqrt(timeframe.Duration.TotalHours);
        var prices = symbols.Select(s => (double)s.StartPrice).ToArray();
        var anchors = (double[])prices.Clone();
        var output = symbols.Select(_ => new List<Candle>(bars)).ToArray();
        var regime = MarketRegime.Ranging;
        var remaining = 0;
        var shocks = new double[n];
        var independent = new double[n];
        for (var bar = 0; bar < bars; bar++)
        {
            if (remaining-- <= 0)
            {
                regime = NextRegime(random, regime);
                remaining = 48 + (int)(random.NextDouble() * 400);
                Array.Copy(prices, anchors, n);
            }

            for (var k = 0; k < n; k++)
            {
                independent[k] = random.NextNormal();
            }

            for (var k = 0; k < n; k++)
            {
                shocks[k] = 0;
                for (var j = 0; j <= k; j++)
                {
                    shocks[k] += cholesky[k, j] * independent[j];
                }
            }

            var time = start + (timeframe.Duration * bar);
            for (var k = 0; k < n; k++)
            {
                var (drift, volatility) = Dynamics(regime, prices[k], anchors[k]);
                var sigma = volatility * symbols[k].VolatilityScale * scale;
                var candle = Bar(random, symbols[k], time, prices[k], (drift * scale * scale) + (sigma * shocks[k]), sigma, regime);
                output[k].Add(candle);
                prices[k] = (double)candle.Close;
            }
        }

        return symbols.Select((s, k) => (s.Symbol, (IReadOnlyList<Candle>)output[k])).ToDictionary(p => p.Symbol, p => p.Item2, StringComparer.Ordinal);
    }

    private static (double Drift, double Volatility) Dynamics(MarketRegime regime, double price, double anchor) => regime switch
    {
        MarketRegime.TrendingUp => (0.0006, 0.006),
        MarketRegime.TrendingDown => (-0.0006, 0.007),
        MarketRegime.Ranging => (-0.02 * Math.Log(price / anchor), 0.004),
        _ => (0.0, 0.016),
    };

    private static MarketRegime NextRegime(SeededRandom random, MarketRegime current)
    {
        var next = (MarketRegime)(int)(random.NextDouble() * 4);
        return next == current ? (MarketRegime)(((int)next + 1 + (int)(random.NextDouble() * 3)) % 4) : next;
    }

    private static Candle Bar(SeededRandom random, SyntheticSymbol symbol, DateTimeOffset time, double previousClose, double logReturn, double sigma, MarketRegime regime)
    {
        var open = Round(previousClose, symbol.PriceDecimals);
        var close = Round(previousClose * Math.Exp(logReturn), symbol.PriceDecimals);
        var wickUp = Math.Abs(random.NextNormal()) * sigma * 0.6;
        var wickDown = Math.Abs(random.NextNormal()) * sigma * 0.6;
        var high = Math.Max(Math.Max(open, close), Round((double)Math.Max(open, close) * Math.Exp(wickUp), symbol.PriceDecimals));
        var low = Math.Min(Math.Min(open, close), Round((double)Math.Min(open, close) * Math.Exp(-wickDown), symbol.PriceDecimals));
        var activity = 1 + (Math.Abs(logReturn) / Math.Max(sigma, 1e-9)) + (regime == MarketRegime.Volatile ? 1.5 : 0);
        var volume = Math.Round((decimal)(symbol.BaseVolume * activity * Math.Exp(0.4 * random.NextNormal())), 4);
        return new Candle(time, open, high, Math.Max(low, MinimumPrice(symbol.PriceDecimals)), close, volume);
    }

    /// <summary>The price rounded to the symbol's decimals, always written with exactly that many.</summary>
    private static decimal Round(double value, int decimals)
    {
        var units = (long)Math.Round(value * Math.Pow(10, decimals), MidpointRounding.ToEven);
        return new decimal((int)(units & 0xFFFFFFFF), (int)(units >> 32), 0, false, (byte)decimals) is var price && price >= MinimumPrice(decimals)
            ? price
            : MinimumPrice(decimals);
    }

    private static decimal MinimumPrice(int decimals) => new(1, 0, 0, false, (byte)decimals);

    private static double[,] Cholesky(int n, double rho)
    {
        var l = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = i == j ? 1.0 : rho;
                for (var k = 0; k < j; k++)
                {
                    sum -= l[i, k] * l[j, k];
                }

                l[i, j] = i == j ? Math.Sqrt(sum) : sum / l[j, j];
            }
        }

        return l;
    }
}
