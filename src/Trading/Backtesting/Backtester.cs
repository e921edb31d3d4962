using FractalTrader.Trading.Strategies;

namespace FractalTrader.Trading.Backtesting;

/// <summary>
/// Event-driven backtests over candles, through the same incremental strategies
/// (<see cref="Strategies.Live.SymbolSignalEngine"/>) and risk rules (<see cref="Risk.RiskDesk"/>,
/// <see cref="Risk.RiskGuardian"/>) that trade live — no backtest/live drift. One or many symbols
/// per run, merged by time; entries at the next bar's open (configurable); stops and targets
/// intrabar with the pessimistic rule when both are touched in one bar; maker/taker fees and
/// slippage; longs and shorts. Stateless and thread-safe (each run has its own state).
/// </summary>
public static class Backtester
{
    /// <summary>Runs a backtest.</summary>
    /// <param name="markets">One or more symbols.</param>
    /// <param name="strategies">Strategies to trade, in signal priority order for equal confidence.</param>
    /// <param name="options">Money, costs, fills and risk.</param>
    /// <param name="tradeFrom">Bars opening before this only warm the strategies up (no trading); null trades from the first bar.</param>
    /// <param name="progress">Receives the share of bars replayed, 0..1.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static BacktestResult Run(
        IReadOnlyList<BacktestMarket> markets,
        IReadOnlyList<StrategyParameters> strategies,
        BacktestOptions options,
        DateTimeOffset? tradeFrom = null,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(markets);
        ArgumentNullException.ThrowIfNull(strategies);
        ArgumentNullException.ThrowIfNull(options);
        if (markets.Count == 0)
        {
            throw new ArgumentException("A backtest needs at least one market.", nameof(markets));
        }

        if (markets.Select(m => m.Symbol).Distinct(StringComparer.Ordinal).Count() != markets.Count)
        {
            throw new ArgumentException("Each symbol may appear once in a backtest.", nameof(markets));
        }

        return new BacktestRun(markets, strategies, options, tradeFrom).Execute(progress, cancellationToken);
    }
}
