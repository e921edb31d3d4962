using FractalTrader.Trading.Backtesting;

namespace FractalTrader.Trading.WalkForward;

/// <summary>A walk-forward analysis: every window, the stitched out-of-sample curve and its stability. Immutable.</summary>
public sealed record WalkForwardResult
{
    /// <summary>The settings used.</summary>
    public required WalkForwardOptions Options { get; init; }

    /// <summary>Symbols tested.</summary>
    public required IReadOnlyList<string> Symbols { get; init; }

    /// <summary>Candidates searched per window.</summary>
    public required int Candidates { get; init; }

    /// <summary>The windows in time order.</summary>
    public required IReadOnlyList<WalkForwardWindow> Windows { get; init; }

    /// <summary>Out-of-sample equity of all windows chained (each window compounds on the previous one's end).</summary>
    public required IReadOnlyList<EquityPoint> StitchedEquity { get; init; }

    /// <summary>Figures of the stitched out-of-sample curve and all out-of-sample trades.</summary>
    public required PerformanceMetrics StitchedMetrics { get; init; }

    /// <summary>Consistency across windows.</summary>
    public required StabilitySummary Stability { get; init; }
}
