using FractalTrader.Trading.Risk;
using FractalTrader.Trading.Strategies.Live;

namespace FractalTrader.Trading.Backtesting;

/// <summary>How a backtest trades: money, costs, fills, risk. Immutable and thread-safe.</summary>
public sealed record BacktestOptions
{
    /// <summary>Starting equity in quote currency. The default is 10,000 (the original's).</summary>
    public decimal InitialEquity { get; init; } = 10_000m;

    /// <summary>Fee on taker fills (entries, stops, forced closes) in basis points. The default is 4.5 (Hyperliquid's base tier).</summary>
    public decimal TakerFeeBps { get; init; } = 4.5m;

    /// <summary>Fee on maker fills (targets, resting limits) in basis points. The default is 1.5.</summary>
    public decimal MakerFeeBps { get; init; } = 1.5m;

    /// <summary>Adverse price move on taker fills in basis points. The default is 2.</summary>
    public decimal SlippageBps { get; init; } = 2m;

    /// <summary>When entries fill. The default is the next bar's open.</summary>
    public EntryTiming Entry { get; init; } = EntryTiming.NextBarOpen;

    /// <summary>Candles the strategies see, as live. The default is 500.</summary>
    public int Window { get; init; } = SymbolSignalEngine.DefaultWindow;

    /// <summary>Position sizing rules.</summary>
    public SizingRules Sizing { get; init; } = new();

    /// <summary>Book limits (max positions, exposure caps, correlation groups).</summary>
    public PortfolioLimits Limits { get; init; } = new();

    /// <summary>
    /// Circuit breakers. Live, only an operator resumes a halt; a backtest has no operator, so by
    /// default it resumes one day after a halt (set <see cref="RiskLimits.HaltCooldown"/> to null
    /// to stay halted).
    /// </summary>
    public RiskLimits Breakers { get; init; } = new() { HaltCooldown = TimeSpan.FromDays(1) };

    /// <summary>Venue rules per symbol; symbols not listed trade in lots of 0.00001 with a $10 minimum.</summary>
    public IReadOnlyList<InstrumentRules> Instruments { get; init; } = [];

    /// <summary>The venue rules of <paramref name="symbol"/>.</summary>
    public InstrumentRules InstrumentFor(string symbol) =>
        Instruments.FirstOrDefault(i => string.Equals(i.Symbol, symbol, StringComparison.Ordinal)) ?? InstrumentRules.WithSizeDecimals(symbol, 5);
}
