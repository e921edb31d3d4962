using FractalTrader.Exchange.Accounts;
using FractalTrader.Exchange.Instruments;
using FractalTrader.Exchange.Orders;
using FractalTrader.Exchange.Simulated.Faults;
using FractalTrader.Exchange.Simulated.Persistence;
using FractalTrader.Exchange.Simulated.State;

namespace FractalTrader.Exchange.Simulated;

/// <summary>
/// A deterministic exchange: markets follow replayed or synthetic candles on the venue's clock
/// (<see cref="TimeProvider"/>); limit, market, stop and take-profit orders with reduce-only fill
/// against them with partial fills, maker/taker fees and seeded slippage; accounts hold positions
/// with direction, entry, realized and unrealized PnL, margin and equity; a dead-man's switch
/// cancels orders. Given the same seed, clock and calls it produces the same results. With a
/// <see cref="VenueStateStore"/> every change is committed to SQLite before the call returns, so
/// the venue's state outlives a killed client and a restarted venue. Thread-safe (one lock).
/// </summary>
public sealed partial class SimulatedVenue : IDisposable
{
    private readonly Lock gate = new();
    private readonly SimulatedVenueOptions options;
    private readonly TimeProvider time;
    private readonly VenueStateStore? store;
    private readonly Random random;
    private readonly Dictionary<string, Instrument> instruments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SimulatedAccount> accounts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<long, SimulatedOrder> orders = [];

    /// <summary>Orders still open (resting or waiting for a trigger): matching only looks at these.</summary>
    private readonly SortedDictionary<long, SimulatedOrder> open = [];
    private readonly Dictionary<(string Account, string Cloid), long> byCloid = [];
    private readonly List<Fill> fills = [];
    private readonly List<VenueFeed> feeds = [];
    private readonly VenueChanges pending = new();
    private readonly ITimer marketTimer;
    private ITimer? deadManTimer;
    private long nextOrderId = 1;
    private long nextTradeId = 1;
    private DateTimeOffset? eventTime;

    /// <summary>Starts a venue; with a store, loads the state it holds (or starts it afresh).</summary>
    public SimulatedVenue(SimulatedVenueOptions options, TimeProvider time, VenueStateStore? store = null)
    {
        this.options = options ?? throw new ArgumentNullException(nameof(options));
        this.time = time ?? throw new ArgumentNullException(nameof(time));
        this.store = store;
        random = new Random(options.Seed);
        Faults = new FaultInjector(options.Faults, options.Seed);
        foreach (var (instrument, _) in options.Universe)
        {
            instruments.Add(instrument.Symbol, instrument);
        }

        var saved = store?.Load();
        StartTime = saved?.StartTime ?? time.GetUtcNow();
        BuildMarkets(saved);
        if (saved is not null)
        {
            Restore(saved);
        }
        else
        {
            pending.StartTime = StartTime;
            Commit();
        }

        var period = markets.Values.Min(m => m.Tape.Timeframe.Duration);
        marketTimer = time.CreateTimer(_ => CatchUpFromTimer(), null, period, period);
    }

    /// <summary>When the venue first started (persisted): bar 0 of the replay opens here.</summary>
    public DateTimeOffset StartTime { get; }

    /// <summary>The fault injector, shared by the adapters that serve this venue.</summary>
    public FaultInjector Faults { get; }

    /// <summary>The venue's settings.</summary>
    public SimulatedVenueOptions Options => options;

    /// <summary>The venue's clock.</summary>
    public TimeProvider Clock => time;

    /// <summary>Tradable instruments in asset-id order.</summary>
    public IReadOnlyList<Instrument> Instruments => [.. instruments.Values.OrderBy(i => i.AssetId)];

    /// <summary>The instrument named <paramref name="symbol"/>, or null.</summary>
    public Instrument? FindInstrument(string symbol) => instruments.GetValueOrDefault(symbol);

    /// <summary>Opens an account with the starting balance (or <paramref name="balance"/>); an existing account is left as it is.</summary>
    public void OpenAccount(string address, decimal? balance = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(address);
        lock (gate)
        {
            if (accounts.ContainsKey(address))
            {
                return;
            }

            var account = new SimulatedAccount { Address = address.ToLowerInvariant(), Balance = balance ?? options.StartingBalance };
            accounts.Add(account.Address, account);
            pending.Accounts.Add(account);
            Commit();
        }
    }

    /// <summary>Whether an account exists.</summary>
    public bool HasAccount(string address)
    {
        lock (gate)
        {
            return accounts.ContainsKey(address);
        }
    }

    /// <summary>How many feeds are subscribed now (a test waits for its subscribers before moving the clock).</summary>
    public int Subscribers
    {
        get
        {
            lock (gate)
            {
                return feeds.Count;
            }
        }
    }

    /// <summary>Subscribes to every event from now on.</summary>
    public VenueFeed Subscribe()
    {
        lock (gate)
        {
            var feed = new VenueFeed(f =>
            {
                lock (gate)
                {
                    feeds.Remove(f);
                }
            });
            feeds.Add(feed);
            return feed;
        }
    }

    /// <summary>An account's open and trigger orders.</summary>
    public IReadOnlyList<VenueOrder> OpenOrders(string account)
    {
        lock (gate)
        {
            CatchUp();
            RequireAccount(account);
            return [.. open.Values.Where(o => Same(o.Account, account)).Select(o => o.ToVenueOrder())];
        }
    }

    /// <summary>An order's status by client order id, or null if never seen.</summary>
    public OrderStatusReport? OrderStatus(string account, ClientOrderId clientOrderId)
    {
        lock (gate)
        {
            CatchUp();
            return byCloid.TryGetValue((account.ToLowerInvariant(), clientOrderId.ToString()), out var id) ? orders[id].ToStatus() : null;
        }
    }

    /// <summary>An order's status by venue id, or null if never seen (or not this account's).</summary>
    public OrderStatusReport? OrderStatus(string account, long orderId)
    {
        lock (gate)
        {
            CatchUp();
            return orders.TryGetValue(orderId, out var order) && Same(order.Account, account) ? order.ToStatus() : null;
        }
    }

    /// <summary>An account's open positions.</summary>
    public IReadOnlyList<Position> Positions(string account)
    {
        lock (gate)
        {
            CatchUp();
            var a = RequireAccount(account);
            return [.. a.Positions.Where(p => p.Value.Size != 0).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => ToPosition(a, p.Key, p.Value))];
        }
    }

    /// <summary>An account's equity and margin.</summary>
    public AccountSummary Account(string account)
    {
        lock (gate)
        {
            CatchUp();
            var a = RequireAccount(account);
            var equity = Equity(a);
            var margin = MarginUsed(a);
            var notional = a.Positions.Sum(p => Math.Abs(p.Value.Size) * Mark(p.Key));
            return new AccountSummary(equity, margin, notional, Math.Max(0, equity - margin));
        }
    }

    /// <summary>An account's fills at or after <paramref name="since"/>, oldest first.</summary>
    public IReadOnlyList<Fill> Fills(string account, DateTimeOffset since)
    {
        lock (gate)
        {
            CatchUp();
            RequireAccount(account);
            return [.. fills.Where(f => f.Time >= since && Same(FillAccount(f), account))];
        }
    }

    /// <summary>How many orders the account has placed with this client order id, in any state (drills check "exactly one order").</summary>
    public int CountOrders(string account, ClientOrderId clientOrderId)
    {
        lock (gate)
        {
            var cloid = clientOrderId.ToString();
            return orders.Values.Count(o => Same(o.Account, account) && string.Equals(o.ClientOrderId, cloid, StringComparison.Ordinal));
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        marketTimer.Dispose();
        deadManTimer?.Dispose();
        lock (gate)
        {
            foreach (var feed in feeds.ToList())
            {
                feed.Dispose();
            }
        }
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private SimulatedAccount RequireAccount(string account) =>
        accounts.TryGetValue(account, out var a) ? a : throw new UnknownAccountException(account);

    private string FillAccount(Fill fill) => orders.TryGetValue(fill.OrderId, out var o) ? o.Account : "";

    private DateTimeOffset Now => eventTime ?? time.GetUtcNow();

    private void Publish(VenueEvent venueEvent)
    {
        foreach (var feed in feeds)
        {
            feed.Publish(venueEvent);
        }
    }

    private void Commit()
    {
        if (store is null)
        {
            pending.Clear();
            return;
        }

        if (pending.IsEmpty)
        {
            return;
        }

        pending.MarketTime = Now;
        pending.NextOrderId = nextOrderId;
        pending.NextTradeId = nextTradeId;
        pending.Markets = markets.ToDictionary(m => m.Key, m => m.Value.Save(), StringComparer.Ordinal);
        store.Save(pending);
        pending.Clear();
    }

    private void Restore(VenueSnapshot saved)
    {
        foreach (var account in saved.Accounts)
        {
            accounts[account.Address] = account;
        }

        foreach (var order in saved.Orders)
        {
            orders[order.OrderId] = order;
            if (order.State == OrderState.Open)
            {
                open[order.OrderId] = order;
            }

            if (order.ClientOrderId is { } cloid)
            {
                byCloid[(order.Account, cloid)] = order.OrderId;
            }
        }

        fills.AddRange(saved.Fills.OrderBy(f => f.TradeId));
        nextOrderId = saved.NextOrderId;
        nextTradeId = saved.NextTradeId;
        ArmDeadMan();
    }
}
