using System.Globalization;
using FractalTrader.Trading.Backtesting;
using FractalTrader.Trading.MarketData;
using FractalTrader.Trading.Risk;
using FractalTrader.Trading.Strategies;
using FractalTrader.Trading.Strategies.FvgFill;

namespace FractalTrader.Trading.Tests.Backtesting;

/// <summary>Hand-written bars whose fair value gap fill signals are known, for backtests computed by hand.</summary>
public static class HandBuiltMarket
{
    public static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Bars 0-3 make a bullish gap [100, 101] filled at bar 3: long entry 100.5, stop 99.9, target 101.7.</summary>
    public static readonly string[] LongSetup =
    [
        "100 100 99 99.5",
        "99.5 103 99.5 102.5",
        "102.5 104 101 103.5",
        "103.5 103.5 100.4 100.5",
    ];

    /// <summary>Bars 0-3 make a bearish gap [99, 100] filled at bar 3: short entry 99.1, stop 100.1, target 97.1.</summary>
    public static readonly string[] ShortSetup =
    [
        "100 101 100 100.5",
        "100.5 100.5 97 97.5",
        "97.5 99 96 96.5",
        "96.5 99.2 96.5 99.1",
    ];

    /// <summary>Options with round numbers: lots of 1, no caps in the way, 10/5 bps fees, 10 bps slippage.</summary>
    public static BacktestOptions Options(string symbol = "TEST") => new()
    {
        InitialEquity = 10_000m,
        TakerFeeBps = 10m,
        MakerFeeBps = 5m,
        SlippageBps = 10m,
        Sizing = new SizingRules { MaxPositionPercent = 10m },
        Limits = new PortfolioLimits { MaxTotalExposurePercent = 10m, MaxGroupExposurePercent = 10m },
        Instruments = [new InstrumentRules(symbol, 1m, 10m)],
    };

    public static IReadOnlyList<StrategyParameters> FvgOnly { get; } = [new FvgFillParameters()];

    /// <summary>A market from rows of "open high low close" (volume 1000), hourly from <see cref="Start"/>.</summary>
    public static BacktestMarket Market(IEnumerable<string> rows, string symbol = "TEST", DateTimeOffset? start = null)
    {
        var time = start ?? Start;
        var candles = new List<Candle>();
        foreach (var row in rows)
        {
            var v = row.Split(' ').Select(x => decimal.Parse(x, CultureInfo.InvariantCulture)).ToArray();
            candles.Add(new Candle(time, v[0], v[1], v[2], v[3], 1000m));
            time = time.AddHours(1);
        }

        return new BacktestMarket(symbol, Timeframe.H1, CandleSeries.From(candles));
    }
}
