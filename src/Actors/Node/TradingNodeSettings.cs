using FractalTrader.Actors.Clock;
using FractalTrader.Actors.MarketData;
using FractalTrader.Actors.Orders;
using FractalTrader.Actors.Reconciliation;
using FractalTrader.Actors.Risk;
using FractalTrader.Actors.Strategies;

namespace FractalTrader.Actors.Node;

/// <summary>Everything one trading node runs with; the host binds its configuration to it. Immutable.</summary>
public sealed record TradingNodeSettings
{
    private readonly MarketDataSettings? marketData;

    /// <summary>Symbols traded, e.g. BTC, ETH, SOL; each must exist at the venue.</summary>
    public required IReadOnlyList<string> Symbols { get; init; }

    /// <summary>How market data is followed. The default follows <see cref="Symbols"/> with the defaults of <see cref="MarketDataSettings"/>.</summary>
    public MarketDataSettings MarketData
    {
        get => marketData ?? new MarketDataSettings { Symbols = Symbols, Timeframe = Strategies.Timeframe };
        init => marketData = value;
    }

    /// <summary>The strategies every symbol runs. The default is all three with their default parameters.</summary>
    public StrategySettings Strategies { get; init; } = new();

    /// <summary>The risk guardian's rules. The default uses the defaults of <see cref="RiskSettings"/>; venue lot rules are filled in from the venue when none are given.</summary>
    public RiskSettings Risk { get; init; } = new();

    /// <summary>How orders reach the venue. The default uses the defaults of <see cref="OrderRouterSettings"/>.</summary>
    public OrderRouterSettings Orders { get; init; } = new();

    /// <summary>How often the ledger is compared with the venue (wall time). The default is 1 minute.</summary>
    public TimeSpan ReconcileInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Divergences tolerated within <see cref="ReconcilerSettings.BudgetWindow"/> and what happens past them. <see cref="ReconcilerSettings.Interval"/> is taken from <see cref="ReconcileInterval"/>.</summary>
    public ReconcilerSettings Reconciliation { get; init; } = new();

    /// <summary>The persistent actors save a snapshot every this many events (pass <see cref="TradingJournal.PersistenceSettings"/> to <c>Persistence.Configure</c>). The default is 100.</summary>
    public int SnapshotEvery { get; init; } = 100;

    /// <summary>How often the portfolio reads new fills from the venue (wall time), a catch-up beside the fill stream; zero turns polling off. The default is 10 s.</summary>
    public TimeSpan FillPollInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Whether the portfolio follows the venue's fill stream (fills recorded as they happen). The default is true.</summary>
    public bool StreamFills { get; init; } = true;

    /// <summary>The clock trading decisions run on: live, or the simulated venue's accelerated clock. The default is the wall clock.</summary>
    public MarketClock Clock { get; init; } = MarketClock.Live;

    /// <summary>How long a stopping actor may take before it is given up on. The default is 30 s.</summary>
    public TimeSpan StopTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Checks <paramref name="settings"/>; the message names the setting.</summary>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public static void Validate(TradingNodeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var (symbols, reconcileInterval, snapshotEvery, reconciliation, orders) =
            (settings.Symbols, settings.ReconcileInterval, settings.SnapshotEvery, settings.Reconciliation, settings.Orders);
        if (symbols is null || symbols.Count == 0 || symbols.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Symbols: at least one symbol is needed and none may be empty.", nameof(settings));
        }

        if (symbols.Distinct(StringComparer.Ordinal).Count() != symbols.Count)
        {
            throw new ArgumentException($"Symbols: '{string.Join(", ", symbols)}' names a symbol twice.", nameof(settings));
        }

        if (reconcileInterval <= TimeSpan.Zero)
        {
            throw new ArgumentException($"ReconcileInterval must be positive (was {reconcileInterval}).", nameof(settings));
        }

        if (snapshotEvery < 1)
        {
            throw new ArgumentException($"SnapshotEvery must be at least 1 (was {snapshotEvery}).", nameof(settings));
        }

        if (reconciliation.DivergenceBudget < 0)
        {
            throw new ArgumentException($"Reconciliation.DivergenceBudget must not be negative (was {reconciliation.DivergenceBudget}).", nameof(settings));
        }

        if (orders.ActionsPerMinute < 1)
        {
            throw new ArgumentException($"Orders.ActionsPerMinute must be at least 1 (was {orders.ActionsPerMinute}).", nameof(settings));
        }

        if (orders.UseDeadManSwitch && (orders.DeadManWindow < TimeSpan.FromSeconds(10) || orders.DeadManRefresh <= TimeSpan.Zero || orders.DeadManRefresh >= orders.DeadManWindow))
        {
            throw new ArgumentException(
                $"Orders.DeadManWindow ({orders.DeadManWindow}) must be at least 10 s and longer than Orders.DeadManRefresh ({orders.DeadManRefresh}), which must be positive: "
                + "the switch is re-armed before it fires, and venues refuse windows of a few seconds.",
                nameof(settings));
        }
    }
}
