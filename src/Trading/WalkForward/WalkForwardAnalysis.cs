using FractalTrader.Trading.Backtesting;
using FractalTrader.Trading.Strategies;

namespace FractalTrader.Trading.WalkForward;

/// <summary>
/// Walk-forward analysis: split the data into train/test windows (rolling or anchored), grid-search
/// the parameters in-sample by a configurable objective, trade the winner out-of-sample, stitch the
/// out-of-sample equity and summarise how stable the choices and results were. Every backtest runs
/// the live engine and risk rules; strategies are warmed up on the bars before each window. The
/// backtests run in parallel on all cores; results do not depend on the degree of parallelism.
/// Stateless and thread-safe.
/// </summary>
public static class WalkForwardAnalysis
{
    /// <summary>Runs the analysis. The first market's bars define the windows.</summary>
    /// <exception cref="ArgumentException">Windows that do not fit the data; the message says why.</exception>
    public static WalkForwardResult Run(
        IReadOnlyList<BacktestMarket> markets,
        ParameterGrid grid,
        WalkForwardOptions options,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(markets);
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(options);
        var splits = Splits(markets[0].Series.Count, options);
        var candidates = grid.Candidates();
        var total = (splits.Count * candidates.Count) + splits.Count;
        var completed = 0;
        void Advance()
        {
            var done = Interlocked.Increment(ref completed);
            progress?.Report((double)done / total);
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        var inSample = new (double Score, PerformanceMetrics Metrics)[splits.Count, candidates.Count];
        Parallel.For(0, splits.Count * candidates.Count, parallel, job =>
        {
            var (w, c) = (job / candidates.Count, job % candidates.Count);
            var run = Backtest(markets, candidates[c], options.Backtest, splits[w].TrainStart, splits[w].TestStart, cancellationToken);
            inSample[w, c] = (options.Objective.Score(run.Metrics), run.Metrics);
            Advance();
        });

        var windows = new WalkForwardWindow[splits.Count];
        Parallel.For(0, splits.Count, parallel, w =>
        {
            var best = 0;
            for (var c = 1; c < candidates.Count; c++)
            {
                if (inSample[w, c].Score > inSample[w, best].Score)
                {
                    best = c;
                }
            }

            var (trainStart, testStart, testEnd) = splits[w];
            var run = Backtest(markets, candidates[best], options.Backtest, testStart, testEnd, cancellationToken);
            var times = markets[0].Series;
            windows[w] = new WalkForwardWindow
            {
                Index = w,
                TrainStart = times.OpenTime(trainStart),
                TestStart = times.OpenTime(testStart),
                TestEnd = testEnd < times.Count ? times.OpenTime(testEnd) : times.OpenTime(times.Count - 1) + markets[0].Timeframe.Duration,
                Chosen = candidates[best],
                ChosenValues = grid.Describe(candidates[best]),
                InSampleScore = inSample[w, best].Score,
                InSample = inSample[w, best].Metrics,
                OutOfSampleScore = options.Objective.Score(run.Metrics),
                OutOfSample = run.Metrics,
                Trades = run.Trades,
                Equity = run.Equity,
            };
            Advance();
        });

        return Summarise(markets, grid, options, windows);
    }

    /// <summary>Train/test splits as bar ranges of the first market: [trainStart, testStart) and [testStart, testEnd).</summary>
    public static IReadOnlyList<(int TrainStart, int TestStart, int TestEnd)> Splits(int bars, WalkForwardOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.TrainBars < 1 || options.TestBars < 1)
        {
            throw new ArgumentException($"Training ({options.TrainBars}) and test ({options.TestBars}) windows need at least one bar each.", nameof(options));
        }

        if (options.TrainBars + options.TestBars > bars)
        {
            throw new ArgumentException($"Training {options.TrainBars} + testing {options.TestBars} bars do not fit in {bars} bars.", nameof(options));
        }

        var splits = new List<(int, int, int)>();
        for (var testStart = options.TrainBars; testStart < bars; testStart += options.TestBars)
        {
            var trainStart = options.Scheme == WindowScheme.Anchored ? 0 : testStart - options.TrainBars;
            splits.Add((trainStart, testStart, Math.Min(bars, testStart + options.TestBars)));
        }

        return splits;
    }

    /// <summary>A backtest trading bars [from, until) of the first market's time line, warmed up on the window before.</summary>
    private static BacktestResult Backtest(IReadOnlyList<BacktestMarket> markets, IReadOnlyList<StrategyParameters> strategies, BacktestOptions options, int from, int until, CancellationToken cancellationToken)
    {
        var reference = markets[0].Series;
        var tradeFrom = reference.OpenTime(from);
        var tradeUntil = until < reference.Count ? reference.OpenTime(until) : DateTimeOffset.MaxValue;
        var warmFrom = reference.OpenTime(Math.Max(0, from - options.Window));
        var sliced = markets.Select(m => m with { Series = Between(m.Series, warmFrom, tradeUntil) }).ToArray();
        return Backtester.Run(sliced, strategies, options, tradeFrom, cancellationToken: cancellationToken);
    }

    private static MarketData.CandleSeries Between(MarketData.CandleSeries series, DateTimeOffset from, DateTimeOffset until)
    {
        var start = FirstAtOrAfter(series, from);
        var end = FirstAtOrAfter(series, until);
        return series.Slice(start, end - start);
    }

    private static int FirstAtOrAfter(MarketData.CandleSeries series, DateTimeOffset time)
    {
        var lo = 0;
        var hi = series.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (series.OpenTime(mid) < time)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static WalkForwardResult Summarise(IReadOnlyList<BacktestMarket> markets, ParameterGrid grid, WalkForwardOptions options, WalkForwardWindow[] windows)
    {
        var initial = options.Backtest.InitialEquity;
        var stitched = new List<EquityPoint>();
        var factor = 1.0;
        foreach (var window in windows)
        {
            foreach (var point in window.Equity)
            {
                stitched.Add(point with { Equity = point.Equity * factor });
            }

            if (window.Equity.Count > 0)
            {
                factor = stitched[^1].Equity / (double)initial;
            }
        }

        var final = (decimal)(stitched.Count > 0 ? stitched[^1].Equity : (double)initial);
        var trades = windows.SelectMany(w => w.Trades).ToArray();
        var interval = markets.Min(m => m.Timeframe.Duration);
        return new WalkForwardResult
        {
            Options = options,
            Symbols = [.. markets.Select(m => m.Symbol)],
            Candidates = grid.Count,
            Windows = windows,
            StitchedEquity = stitched,
            StitchedMetrics = PerformanceMeasure.Of(initial, decimal.Round(final, 8), stitched, trades, interval),
            Stability = Stability(windows),
        };
    }

    private static StabilitySummary Stability(IReadOnlyList<WalkForwardWindow> windows)
    {
        var inSample = windows.Select(w => w.InSampleScore).Where(double.IsFinite).ToArray();
        var outOfSample = windows.Select(w => w.OutOfSampleScore).Where(double.IsFinite).ToArray();
        var meanIn = inSample.Length > 0 ? inSample.Average() : 0;
        var meanOut = outOfSample.Length > 0 ? outOfSample.Average() : 0;
        var deviation = outOfSample.Length > 1 ? Math.Sqrt(outOfSample.Sum(s => (s - meanOut) * (s - meanOut)) / (outOfSample.Length - 1)) : 0;
        var choices = windows
            .SelectMany(w => w.ChosenValues)
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyDictionary<double, int>)g.GroupBy(p => p.Value).ToDictionary(v => v.Key, v => v.Count()),
                StringComparer.Ordinal);
        var modal = windows.Count == 0 ? 0 : windows
            .GroupBy(w => string.Join(';', w.ChosenValues.Select(p => $"{p.Key}={p.Value}")), StringComparer.Ordinal)
            .Max(g => g.Count());
        return new StabilitySummary(
            windows.Count,
            windows.Count == 0 ? 0 : (double)windows.Count(w => w.OutOfSample.TotalReturn > 0) / windows.Count,
            meanIn,
            meanOut,
            deviation,
            meanIn > 0 ? meanOut / meanIn : null,
            windows.Count == 0 ? 0 : (double)modal / windows.Count,
            choices);
    }
}
