using FractalTrader.Actors.Reconciliation;
using FractalTrader.Actors.Risk;
using FractalTrader.Runtime;
using FractalTrader.Trading.MarketData;
using FractalTrader.Trading.Strategies;

namespace FractalTrader.Host.Configuration;

/// <summary>Everything the host reads from <c>fractal.*</c>, checked. Immutable.</summary>
public sealed record NodeHostSettings
{
    /// <summary>The node's name in logs (<c>fractal.node.name</c>).</summary>
    public required string NodeName { get; init; }

    /// <summary>Coins traded (<c>fractal.node.symbols</c>).</summary>
    public required IReadOnlyList<string> Symbols { get; init; }

    /// <summary>Bar interval (<c>fractal.node.timeframe</c>).</summary>
    public required Timeframe Timeframe { get; init; }

    /// <summary>Strategies run on each symbol (<c>fractal.node.strategies</c>).</summary>
    public required IReadOnlyList<StrategyKind> Strategies { get; init; }

    /// <summary>Wall time between reconciliations (<c>fractal.node.reconcile-interval</c>).</summary>
    public required TimeSpan ReconcileInterval { get; init; }

    /// <summary>Longest clean shutdown (<c>fractal.node.shutdown-timeout</c>).</summary>
    public required TimeSpan ShutdownTimeout { get; init; }

    /// <summary>Snapshot every this many events (<c>fractal.persistence.snapshot.every-n-events</c>).</summary>
    public required int SnapshotEvery { get; init; }

    /// <summary>The SQLite journal (<c>fractal.persistence.journal.sqlite</c>).</summary>
    public required SqliteJournalOptions Journal { get; init; }

    /// <summary>Health endpoints (<c>fractal.node.health</c>).</summary>
    public required HealthEndpointSettings Health { get; init; }

    /// <summary>The market clock (<c>fractal.node.market</c>).</summary>
    public required MarketClockSettings Market { get; init; }

    /// <summary>The venue traded on (<c>fractal.node.venue</c>, <c>fractal.node.simulated</c>).</summary>
    public required VenueSettings Venue { get; init; }

    /// <summary>Log sinks (<c>fractal.logging</c>).</summary>
    public required LogSettings Logging { get; init; }

    /// <summary>The risk guardian's breakers and sizing (<c>fractal.risk</c>); venue lot rules come from the venue.</summary>
    public required RiskSettings Risk { get; init; }

    /// <summary>The divergence budget (<c>fractal.node.reconciliation</c>); the interval is <see cref="ReconcileInterval"/>.</summary>
    public required ReconcilerSettings Reconciliation { get; init; }

    /// <summary>The actor runtime (<c>fractal.actor</c>); the host adds its logger factory.</summary>
    public required ActorSystemOptions Actors { get; init; }
}
