using FractalTrader.Trading.Risk;
using FractalTrader.Trading.Strategies;

namespace FractalTrader.Trading.Backtesting;

/// <summary>Everything a backtest produced. Immutable.</summary>
public sealed record BacktestResult
{
    /// <summary>Symbols and their bar counts, in run order.</summary>
    public required IReadOnlyList<(string Symbol, string Timeframe, int Bars)> Markets { get; init; }

    /// <summary>The strategies and parameters traded.</summary>
    public required IReadOnlyList<StrategyParameters> Strategies { get; init; }

    /// <summary>The options the run used.</summary>
    public required BacktestOptions Options { get; init; }

    /// <summary>Whole-run figures.</summary>
    public required PerformanceMetrics Metrics { get; init; }

    /// <summary>Trade figures per strategy name.</summary>
    public required IReadOnlyDictionary<string, TradeStatistics> ByStrategy { get; init; }

    /// <summary>Trade figures per symbol.</summary>
    public required IReadOnlyDictionary<string, TradeStatistics> BySymbol { get; init; }

    /// <summary>Completed trades in exit order.</summary>
    public required IReadOnlyList<BacktestTrade> Trades { get; init; }

    /// <summary>Equity at every bar close (of the merged time line).</summary>
    public required IReadOnlyList<EquityPoint> Equity { get; init; }

    /// <summary>Signals the strategies emitted.</summary>
    public required int Signals { get; init; }

    /// <summary>Signals not traded, counted by reason (risk refusals, a position already open, …).</summary>
    public required IReadOnlyDictionary<string, int> Refusals { get; init; }

    /// <summary>Trading-state changes (halts and resumes) during the run.</summary>
    public required IReadOnlyList<StateTransition> StateTransitions { get; init; }
}
