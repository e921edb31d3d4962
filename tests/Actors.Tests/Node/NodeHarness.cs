using FractalTrader.Actors.Clock;
using FractalTrader.Actors.Node;
using FractalTrader.Exchange;
using FractalTrader.Exchange.Orders;
using FractalTrader.Exchange.Simulated;
using FractalTrader.Exchange.Simulated.Faults;
using FractalTrader.Messages;
using FractalTrader.Messages.Alerts;
using FractalTrader.Messages.MarketData;
using FractalTrader.Messages.Orders;
using FractalTrader.Messages.Portfolio;
using FractalTrader.Messages.Reconciliation;
using FractalTrader.Messages.Risk;
using FractalTrader.Messages.Signals;
using FractalTrader.Runtime;
using FractalTrader.Testing;
using Microsoft.Extensions.Logging;

namespace FractalTrader.Actors.Tests.Node;

/// <summary>
/// A simulated venue on a manual clock, a journal (in memory, or a SQLite file that outlives the
/// node), and nodes started on fresh actor systems against them: a restart is a new system on the
/// same venue and journal. Actor-system timers run on their own manual clock and never fire by
/// themselves, so nothing happens that the test did not cause.
/// </summary>
internal sealed class NodeHarness : IAsyncDisposable
{
    public const string Account = "0x14791697260e4c9a71f18484c9f997b308e59325";

    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30) * TimeFactor();

    private static readonly Type[] Recorded =
        [typeof(PositionChanged), typeof(OrderRouted), typeof(Alert), typeof(ReconciliationCompleted), typeof(SignalRejected), typeof(EntryAbandoned), typeof(RiskGuardianOffline), typeof(ReconciliationFailed), typeof(CandleClosed), typeof(DeadManSwitchReported)];

    private static long systems;
    private readonly string? journalPath;
    private readonly MemoryPersistence? memory;
    private readonly Func<TradingNodeSettings, TradingNodeSettings>? configure;
    private readonly Func<IExchange, IExchange>? venueView;

    public NodeHarness(
        bool sqlite = false,
        FaultPlan? faults = null,
        Func<TradingNodeSettings, TradingNodeSettings>? configure = null,
        SimulatedVenueOptions? venueOptions = null,
        Func<IExchange, IExchange>? venueView = null)
    {
        this.venueView = venueView;
        VenueClock = new ManualTimeProvider(new DateTimeOffset(2025, 3, 4, 12, 0, 0, TimeSpan.Zero));
        Venue = new SimulatedVenue(venueOptions ?? new SimulatedVenueOptions { MaxSlippage = 0.01m, Faults = faults ?? FaultPlan.None }, VenueClock);
        Venue.OpenAccount(Account, 100_000m);
        if (venueOptions is null)
        {
            Venue.MovePrice("ETH", 3000m);
            Venue.MovePrice("SOL", 150m);
            Venue.MovePrice("BTC", 60000m);
        }

        Exchange = new SimulatedExchange(Venue, Account);
        this.configure = configure;
        if (sqlite)
        {
            journalPath = Path.Combine(Path.GetTempPath(), $"fractal-node-{Guid.NewGuid():N}.db");
        }
        else
        {
            memory = new MemoryPersistence(TradingJournal.Serializer());
        }
    }

    public ManualTimeProvider VenueClock { get; }

    /// <summary>What every node of this harness logged.</summary>
    public LogLines Logs { get; } = new();

    public SimulatedVenue Venue { get; }

    public SimulatedExchange Exchange { get; }

    public ActorSystem System { get; private set; } = null!;

    /// <summary>The clock of the latest actor system's timers (wall time for the node); advancing it fires them.</summary>
    public ManualTimeProvider SystemClock { get; private set; } = null!;

    public TradingNode Node { get; private set; } = null!;

    public EventRecorder Events { get; private set; } = null!;

    public TradingNodeSettings Settings { get; private set; } = null!;

    /// <summary>Starts a node on a fresh system over the same venue and journal, and waits until it is ready.</summary>
    public async Task<TradingNode> StartAsync(bool waitReady = true)
    {
        System = await StartSystemAsync();
        Events = EventRecorder.Attach(System, Recorded);
        var settings = new TradingNodeSettings
        {
            Symbols = ["ETH", "SOL", "BTC"],
            FillPollInterval = TimeSpan.Zero,

            // Fills reach the ledger when a test (or the router, after an order settles) asks: nothing happens that the test did not cause.
            StreamFills = false,
            SnapshotEvery = 5,
            Clock = new MarketClock(VenueClock, 1),
        };
        Settings = configure?.Invoke(settings) ?? settings;
        Node = await TradingNode.StartAsync(System, venueView?.Invoke(Exchange) ?? Exchange, Settings, CancellationToken.None);
        if (waitReady)
        {
            await Node.Ready.WaitAsync(Patience);
        }

        return Node;
    }

    /// <summary>A fresh actor system with persistence over this harness's journal.</summary>
    public async Task<ActorSystem> StartSystemAsync()
    {
        SystemClock = new ManualTimeProvider();
        var system = ActorSystem.Create(
            $"node-{Interlocked.Increment(ref systems)}",
            new ActorSystemOptions { TimeProvider = SystemClock, LoggerFactory = LoggerFactory.Create(b => b.AddProvider(Logs).SetMinimumLevel(LogLevel.Information)) });
        IPersistencePlugin plugin = memory is not null
            ? memory
            : await SqlitePersistence.OpenAsync(new SqliteJournalOptions(journalPath!), TradingJournal.Serializer());
        Persistence.Configure(system, plugin, new PersistenceSettings { SnapshotEvery = 5, DisposePluginOnTermination = memory is null });
        return system;
    }

    /// <summary>Stops the node cleanly and terminates its system (the journal file stays).</summary>
    public async Task StopAsync()
    {
        await Node.StopAsync(CancellationToken.None).WaitAsync(Patience);
        await System.Terminate().WaitAsync(Patience);
    }

    /// <summary>Terminates the system without stopping the node first: what is journaled is all that survives.</summary>
    public Task CrashAsync() => System.Terminate().WaitAsync(Patience);

    /// <summary>A closed bar for the guardian (freshness, mark) and a signal on it; the venue's price moves to the bar's close.</summary>
    public SignalIssued Signal(string symbol, Direction direction, decimal entry, decimal stop, decimal target, string strategy = "fvg_fill")
    {
        var now = VenueClock.GetUtcNow();
        var open = now - TimeSpan.FromHours(1);
        Venue.MovePrice(symbol, entry);
        Node.RiskGuardian.Tell(new CandleClosed(symbol, "1h", open, now, entry, entry, entry, entry, 10m), ActorRefs.NoSender);
        var id = $"{strategy}:{symbol}:1h:{open:yyyy-MM-ddTHH:mm:ssZ}:{(direction == Direction.Long ? "long" : "short")}";
        return new SignalIssued(id, strategy, symbol, "1h", open, direction, entry, stop, target, 80, "test_setup");
    }

    /// <summary>Sends a signal and waits for the guardian's answer (an intent or a refusal).</summary>
    public Task<object> DecideAsync(SignalIssued signal) => Node.RiskGuardian.Ask<object>(signal, Patience);

    /// <summary>Trades a signal through: waits until the position is in the ledger and its stop and target rest at the venue.</summary>
    public async Task<OrderIntent> OpenAsync(string symbol, Direction direction, decimal entry, decimal stop, decimal target)
    {
        var intent = (OrderIntent)await DecideAsync(Signal(symbol, direction, entry, stop, target));
        await PositionAsync(symbol, s => s != 0 && Math.Sign(s) == (int)direction);
        // Both protective orders: they are sent one after the other, and either may be acknowledged first.
        foreach (var role in new[] { OrderRole.StopLoss, OrderRole.TakeProfit })
        {
            await Events.WaitFor<OrderRouted>(r => r.Role == role && r.Status == OrderStatus.Open && string.Equals(r.Symbol, symbol, StringComparison.Ordinal));
        }

        return intent;
    }

    /// <summary>Waits until the ledger holds <paramref name="signedSize"/> in <paramref name="symbol"/>.</summary>
    public Task<PositionChanged> PositionAsync(string symbol, Func<decimal, bool> signedSize) =>
        Events.WaitFor<PositionChanged>(c => string.Equals(c.Symbol, symbol, StringComparison.Ordinal) && signedSize(c.SignedSize));

    /// <summary>Everything journaled so far under <paramref name="persistenceId"/>, oldest first.</summary>
    public async Task<IReadOnlyList<object>> JournaledAsync(string persistenceId)
    {
        var events = new List<object>();
        await foreach (var envelope in Persistence.Apply(System).ReadJournal.CurrentAllEvents())
        {
            if (string.Equals(envelope.PersistenceId, persistenceId, StringComparison.Ordinal))
            {
                events.Add(envelope.Event);
            }
        }

        return events;
    }

    /// <summary>Trades at the venue behind the node's back (by hand, or under a journal since lost): a market order, filled at once.</summary>
    public Task<OrderAck> TradeByHandAsync(string symbol, OrderSide side, decimal size, string name) =>
        Exchange.PlaceOrderAsync(new OrderRequest(symbol, side, OrderKind.Market, size, ClientOrderId.FromSignal(name), TimeInForce: TimeInForce.ImmediateOrCancel));

    /// <summary>Runs one more reconciliation and returns what it found.</summary>
    public async Task<ReconciliationCompleted> ReconcileAsync()
    {
        var last = Events.OfType<ReconciliationCompleted>().Select(c => c.Sequence).DefaultIfEmpty(0).Max();
        Node.Reconciler.Tell(new ReconcileNow(), ActorRefs.NoSender);
        return await Events.WaitFor<ReconciliationCompleted>(c => c.Sequence > last);
    }

    public Task<PortfolioView> PortfolioAsync() => Node.Portfolio.Ask<PortfolioView>(new GetPortfolio(), Patience);

    public Task<RiskStatus> RiskAsync() => Node.RiskGuardian.Ask<RiskStatus>(new GetRiskStatus(), Patience);

    public async ValueTask DisposeAsync()
    {
        if (System is not null && !System.WhenTerminated.IsCompleted)
        {
            await System.Terminate().WaitAsync(Patience);
        }

        Venue.Dispose();
        if (journalPath is not null)
        {
            foreach (var file in new[] { journalPath, journalPath + "-wal", journalPath + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private static double TimeFactor() =>
        double.TryParse(Environment.GetEnvironmentVariable("FRACTAL_TEST_TIMEFACTOR"), global::System.Globalization.CultureInfo.InvariantCulture, out var f) && f > 0 ? f : 1;
}
