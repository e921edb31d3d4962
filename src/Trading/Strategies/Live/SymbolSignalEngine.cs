using FractalTrader.Trading.MarketData;
using FractalTrader.Trading.Numerics;
using FractalTrader.Trading.Strategies.BosOrderBlock;
using FractalTrader.Trading.Strategies.FvgFill;
using FractalTrader.Trading.Strategies.LiquiditySweep;

namespace FractalTrader.Trading.Strategies.Live;

/// <summary>
/// Incremental evaluation of strategies for one symbol: feed one closed candle at a time; it
/// returns only the signals whose trigger bar is that candle — exactly what the batch evaluation
/// over the last <see cref="Window"/> candles reports for its newest bar. Acting on a setup that
/// triggered hundreds of bars ago (the original's stale-signal bug) cannot happen. The same code
/// runs live and in backtests. Mutable; not thread-safe (one instance per symbol).
/// </summary>
public sealed class SymbolSignalEngine
{
    /// <summary>The original's live window: the last 500 candles.</summary>
    public const int DefaultWindow = 500;

    private readonly BarHistory bars;
    private readonly ConfidenceTrend confidenceTrend;
    private readonly List<SwingTracker> swingTrackers = [];
    private readonly List<LiveStrategy> strategies = [];
    private readonly List<SignalDraft> drafts = [];
    private readonly List<Signal> found = [];
    private DateTimeOffset lastOpenTime = DateTimeOffset.MinValue;
    private (int Bar, int AtrPeriod, ConfidenceFactors Factors) measured = (-1, 0, default);

    /// <summary>Creates the per-symbol state.</summary>
    /// <param name="symbol">The symbol signals are issued for.</param>
    /// <param name="timeframe">The candle interval.</param>
    /// <param name="strategies">The strategies to evaluate, in the order their signals are returned.</param>
    /// <param name="window">Candles the strategies look at; the default is 500.</param>
    /// <exception cref="ArgumentException">Invalid parameters or a window too short for them.</exception>
    public SymbolSignalEngine(string symbol, Timeframe timeframe, IEnumerable<StrategyParameters> strategies, int window = DefaultWindow)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        ArgumentNullException.ThrowIfNull(strategies);
        Symbol = symbol;
        Timeframe = timeframe;
        Window = window;
        bars = new BarHistory(window);
        foreach (var parameters in strategies)
        {
            parameters.Validate();
            this.strategies.Add(Create(parameters));
        }

        confidenceTrend = new ConfidenceTrend(bars, swingTrackers.Find(t => t.Period == ConfidenceTrend.Period));

        Strategies = this.strategies.Select(s => s.Parameters).ToArray();
    }

    /// <summary>The symbol this state evaluates.</summary>
    public string Symbol { get; }

    /// <summary>The candle interval.</summary>
    public Timeframe Timeframe { get; }

    /// <summary>Candles the strategies look at.</summary>
    public int Window { get; }

    /// <summary>The strategies evaluated, in signal order.</summary>
    public IReadOnlyList<StrategyParameters> Strategies { get; }

    /// <summary>Candles seen so far.</summary>
    public int BarCount => bars.Last + 1;

    /// <summary>Takes the newest closed candle and returns the signals it triggers (usually none).</summary>
    /// <exception cref="CandleDataException">The candle is not after the previous one; the message names the symbol.</exception>
    public IReadOnlyList<Signal> OnClosedCandle(in Candle candle) =>
        OnClosedBar(
            candle.OpenTime,
            ExactDouble.From(candle.Open),
            ExactDouble.From(candle.High),
            ExactDouble.From(candle.Low),
            ExactDouble.From(candle.Close),
            ExactDouble.From(candle.Volume));

    /// <summary>Takes bar <paramref name="index"/> of a series (already in doubles: the backtester's path).</summary>
    public IReadOnlyList<Signal> OnClosedBar(CandleSeries series, int index)
    {
        ArgumentNullException.ThrowIfNull(series);
        return SignalsOf(series, index);
    }

    /// <summary>Like <see cref="OnClosedBar(CandleSeries, int)"/>, as an array: the replay reads it twice a bar without an interface call.</summary>
    internal Signal[] SignalsOf(CandleSeries series, int index) =>
        OnClosedBar(series.OpenTime(index), series.Open[index], series.High[index], series.Low[index], series.Close[index], series.Volume[index]);

    private Signal[] OnClosedBar(DateTimeOffset openTime, double open, double high, double low, double close, double volume)
    {
        if (openTime <= lastOpenTime)
        {
            throw new CandleDataException(Symbol, 0, $"candle {openTime:O} is not after the previous one ({lastOpenTime:O})");
        }

        lastOpenTime = openTime;
        bars.Append(open, high, low, close, volume);
        foreach (var tracker in swingTrackers)
        {
            tracker.OnBar();
        }

        if (strategies.Count > 0)
        {
            // Only strategies' signals are scored: a replay without strategies skips the marks.
            confidenceTrend.OnBar();
        }

        found.Clear();
        foreach (var strategy in strategies)
        {
            drafts.Clear();
            strategy.OnBar(drafts);
            if (drafts.Count > 0)
            {
                AddSignals(strategy.Parameters, openTime);
            }
        }

        // Most bars trigger nothing; the others get an exact-size array of their own.
        return found.Count == 0 ? [] : found.ToArray();
    }

    private void AddSignals(StrategyParameters parameters, DateTimeOffset openTime)
    {
        var confidence = SignalConfidence.Score(parameters.Kind, Factors(parameters.AtrPeriod));
        foreach (var draft in drafts)
        {
            if (draft.ToSignal(parameters.Kind, Symbol, Timeframe, openTime, confidence) is { } signal)
            {
                found.Add(signal);
            }
        }
    }

    /// <summary>The confidence factors of the newest bar; strategies triggering on one bar share them.</summary>
    private ConfidenceFactors Factors(int atrPeriod)
    {
        if (measured.Bar != bars.Last || measured.AtrPeriod != atrPeriod)
        {
            var start = bars.Start;
            var windowStart = Math.Max(start, bars.Last - SignalConfidence.Lookback);
            var factors = SignalConfidence.Measure(
                bars.OpensFrom(start),
                bars.HighsFrom(start),
                bars.LowsFrom(start),
                bars.ClosesFrom(start),
                bars.VolumesFrom(start),
                bars.Last - start,
                atrPeriod,
                bars.Last - windowStart + 1 >= ConfidenceTrend.MinimumLength ? confidenceTrend.Measure(windowStart) : null);
            measured = (bars.Last, atrPeriod, factors);
        }

        return measured.Factors;
    }

    private LiveStrategy Create(StrategyParameters parameters) => parameters switch
    {
        LiquiditySweepParameters p => new LiveLiquiditySweep(bars, Swings(p.SwingPeriod), p),
        FvgFillParameters p => new LiveFvgFill(bars, p),
        BosOrderBlockParameters p => new LiveBosOrderBlock(bars, Swings(p.SwingPeriod), p),
        _ => throw new ArgumentOutOfRangeException(nameof(parameters), parameters, "Unknown strategy parameters."),
    };

    private SwingTracker Swings(int period)
    {
        if (Window < (2 * period) + 2)
        {
            throw new ArgumentException($"A window of {Window} candles is too short for swing period {period}; it needs at least {(2 * period) + 2}.", nameof(period));
        }

        foreach (var tracker in swingTrackers)
        {
            if (tracker.Period == period)
            {
                return tracker;
            }
        }

        var created = new SwingTracker(bars, period);
        swingTrackers.Add(created);
        return created;
    }
}
