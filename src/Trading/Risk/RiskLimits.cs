namespace FractalTrader.Trading.Risk;

/// <summary>
/// Circuit breakers (spec §5.3, fixed where the original was wrong). Immutable and thread-safe.
/// </summary>
public sealed record RiskLimits
{
    /// <summary>Drawdown from the equity high-water mark that halts trading. The default is 0.10.</summary>
    public decimal MaxDrawdownPercent { get; init; } = 0.10m;

    /// <summary>Loss since the start of the UTC day, as a share of that day's opening equity, that
    /// stops new entries until the next UTC day; null disables it. The default is 0.05.</summary>
    public decimal? DailyLossLimitPercent { get; init; } = 0.05m;

    /// <summary>Losing trades in a row that halt trading. The default is 5.</summary>
    public int MaxConsecutiveLosses { get; init; } = 5;

    /// <summary>Filled entries per UTC day (not signals, not rejected orders) after which new
    /// entries stop until the next day. The default is 20.</summary>
    public int MaxEntriesPerDay { get; init; } = 20;

    /// <summary>Market data older than this blocks new entries in that symbol. The default is 2 hours.</summary>
    public TimeSpan MaxDataAge { get; init; } = TimeSpan.FromHours(2);

    /// <summary>Leave HALTED by itself after this long; null (the default) requires an explicit resume.</summary>
    public TimeSpan? HaltCooldown { get; init; }
}
