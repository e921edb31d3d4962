using FractalTrader.Trading.Backtesting;
using FractalTrader.Trading.Strategies;

namespace FractalTrader.Trading.WalkForward;

/// <summary>One train/test split: the parameters chosen in-sample and how they did out-of-sample. Immutable.</summary>
public sealed record WalkForwardWindow
{
    /// <summary>0-based window number.</summary>
    public required int Index { get; init; }

    /// <summary>First training bar's open time.</summary>
    public required DateTimeOffset TrainStart { get; init; }

    /// <summary>First test bar's open time (training ends just before).</summary>
    public required DateTimeOffset TestStart { get; init; }

    /// <summary>Open time after the last test bar.</summary>
    public required DateTimeOffset TestEnd { get; init; }

    /// <summary>The candidate that scored best in-sample.</summary>
    public required IReadOnlyList<StrategyParameters> Chosen { get; init; }

    /// <summary>The searched parameters of <see cref="Chosen"/>, as <c>strategy.parameter</c> → value.</summary>
    public required IReadOnlyList<KeyValuePair<string, double>> ChosenValues { get; init; }

    /// <summary>In-sample objective score of the chosen candidate.</summary>
    public required double InSampleScore { get; init; }

    /// <summary>In-sample figures of the chosen candidate.</summary>
    public required PerformanceMetrics InSample { get; init; }

    /// <summary>Out-of-sample objective score.</summary>
    public required double OutOfSampleScore { get; init; }

    /// <summary>Out-of-sample figures.</summary>
    public required PerformanceMetrics OutOfSample { get; init; }

    /// <summary>Out-of-sample trades.</summary>
    public required IReadOnlyList<BacktestTrade> Trades { get; init; }

    /// <summary>Out-of-sample equity, starting from the configured initial equity.</summary>
    public required IReadOnlyList<EquityPoint> Equity { get; init; }
}
