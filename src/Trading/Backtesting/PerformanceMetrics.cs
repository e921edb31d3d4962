namespace FractalTrader.Trading.Backtesting;

/// <summary>
/// Equity-curve figures of a backtest, annualised for the bar interval on a 365-day year.
/// Immutable.
/// </summary>
public sealed record PerformanceMetrics
{
    /// <summary>Starting equity.</summary>
    public required decimal InitialEquity { get; init; }

    /// <summary>Equity at the end.</summary>
    public required decimal FinalEquity { get; init; }

    /// <summary>Final / initial − 1.</summary>
    public required double TotalReturn { get; init; }

    /// <summary>Compound annual growth rate over the tested period.</summary>
    public required double Cagr { get; init; }

    /// <summary>Mean over standard deviation of bar returns, annualised (risk-free 0).</summary>
    public required double Sharpe { get; init; }

    /// <summary>Mean over downside deviation of bar returns, annualised.</summary>
    public required double Sortino { get; init; }

    /// <summary>Deepest fall from a running peak, as a positive fraction.</summary>
    public required double MaxDrawdown { get; init; }

    /// <summary>Longest time spent below a previous peak.</summary>
    public required TimeSpan MaxDrawdownDuration { get; init; }

    /// <summary>Share of bars with at least one position open.</summary>
    public required double Exposure { get; init; }

    /// <summary>All trades.</summary>
    public required TradeStatistics Trades { get; init; }
}
