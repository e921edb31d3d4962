using FractalTrader.Trading.Risk;

namespace FractalTrader.Actors.Risk;

/// <summary>The risk guardian's rules. Immutable.</summary>
public sealed record RiskSettings
{
    /// <summary>Circuit breakers.</summary>
    public RiskLimits Limits { get; init; } = new();

    /// <summary>Position sizing.</summary>
    public SizingRules Sizing { get; init; } = new();

    /// <summary>Limits on the whole book.</summary>
    public PortfolioLimits Portfolio { get; init; } = new();

    /// <summary>Venue rules (lot size, minimum order value) of every tradable symbol.</summary>
    public IReadOnlyList<InstrumentRules> Instruments { get; init; } = [];

    /// <summary>A signal older than this (market time, from its bar's close) is refused as stale. The default is 1 hour (one 1h bar).</summary>
    public TimeSpan MaxSignalAge { get; init; } = TimeSpan.FromHours(1);

    /// <summary>An approved entry counts as a position (one per symbol) until it fills or this much market time passes. The default is 2 hours.</summary>
    public TimeSpan PendingEntryLifetime { get; init; } = TimeSpan.FromHours(2);
}
