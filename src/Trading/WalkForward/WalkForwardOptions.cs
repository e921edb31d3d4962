using FractalTrader.Trading.Backtesting;

namespace FractalTrader.Trading.WalkForward;

/// <summary>How a walk-forward analysis splits and scores the data. Immutable and thread-safe.</summary>
public sealed record WalkForwardOptions
{
    /// <summary>Bars per in-sample (training) window; the first window's length when anchored.</summary>
    public required int TrainBars { get; init; }

    /// <summary>Bars per out-of-sample (test) window.</summary>
    public required int TestBars { get; init; }

    /// <summary>Rolling or anchored training windows. The default is rolling.</summary>
    public WindowScheme Scheme { get; init; } = WindowScheme.Rolling;

    /// <summary>What the grid search maximises. The default is the Sharpe ratio.</summary>
    public Objective Objective { get; init; } = Objective.Sharpe;

    /// <summary>Parallel backtests at most. The default is every core.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>The backtest settings for every run.</summary>
    public BacktestOptions Backtest { get; init; } = new();
}
