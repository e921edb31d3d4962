using System.Globalization;
using FractalTrader.Actors.Alerting;
using FractalTrader.Actors.Clock;
using FractalTrader.Actors.Orders;
using FractalTrader.Exchange;
using FractalTrader.Exchange.Accounts;
using FractalTrader.Exchange.Orders;
using FractalTrader.Messages.Alerts;
using FractalTrader.Messages.Portfolio;
using FractalTrader.Messages.Reconciliation;
using FractalTrader.Messages.Risk;
using FractalTrader.Runtime;
using Microsoft.Extensions.Logging;

namespace FractalTrader.Actors.Reconciliation;

/// <summary>
/// Compares the ledger (after reading the venue's newest fills, before and after reading its
/// positions, so both views are of one moment) with the venue's positions at
/// start-up, on a timer, on <see cref="ReconcileNow"/> and whenever the risk guardian comes online.
/// Every difference is adopted from the venue by a journaled correction carrying both views (a
/// position the ledger does not know is adopted, never doubled), alerted on the event stream, and
/// counted against a divergence budget; past it, trading steps to REDUCING or HALTED. The venue's
/// open orders are compared with the order router's journal the same way (<see cref="OpenOrderComparison"/>):
/// an orphan (unknown client id, or an order the journal holds done) is cancelled, unless it is a
/// stop or target protecting a live position, which is kept; a resting order the venue no longer has
/// takes the venue's status. The router journals each such divergence with both views; they are
/// alerted and counted like position divergences. A venue position left without a stop (none at the
/// venue, none of ours on its way) raises a Critical alert once. Only after a reconciliation has
/// passed does the guardian approve entries; the first one completes the node's readiness.
/// </summary>
public sealed class PositionReconcilerActor : ReceiveActor, IWithTimers
{
    private const int MaxAttemptsPerRun = 3;

    private readonly IExchange exchange;
    private readonly IActorRef portfolio;
    private readonly IActorRef riskGuardian;
    private readonly IActorRef orderRouter;
    private readonly ReconcilerSettings settings;
    private readonly MarketClock clock;
    private readonly Action<ReconciliationCompleted>? onCompleted;
    private readonly Queue<DateTimeOffset> corrections = new();

    // Symbols already alerted as unprotected; one leaves the set once it has a stop or is flat, so a relapse alerts again.
    private readonly HashSet<string> unprotectedAlerted = new(StringComparer.Ordinal);
    private int sequence;
    private ILogger log = null!;

    /// <summary>Creates the reconciler; use <see cref="Props"/>.</summary>
    public PositionReconcilerActor(
        IExchange exchange, IActorRef portfolio, IActorRef riskGuardian, IActorRef orderRouter, ReconcilerSettings settings, MarketClock clock, Action<ReconciliationCompleted>? onCompleted)
    {
        this.orderRouter = orderRouter ?? throw new ArgumentNullException(nameof(orderRouter));
        this.exchange = exchange ?? throw new ArgumentNullException(nameof(exchange));
        this.portfolio = portfolio ?? throw new ArgumentNullException(nameof(portfolio));
        this.riskGuardian = riskGuardian ?? throw new ArgumentNullException(nameof(riskGuardian));
        this.settings = settings ?? throw new ArgumentNullException(nameof(settings));
        this.clock = clock ?? throw new ArgumentNullException(nameof(clock));
        this.onCompleted = onCompleted;
        ReceiveAsync<ReconcileNow>(_ => ReconcileAsync());
        Receive<RiskGuardianOnline>(_ => Self.Tell(new ReconcileNow(), Self));
    }

    /// <inheritdoc />
    public ITimerScheduler Timers { get; set; } = null!;

    /// <summary>Props for the reconciler; <paramref name="onCompleted"/> hears of every completed run (on the actor's thread).</summary>
    public static Props Props(
        IExchange exchange, IActorRef portfolio, IActorRef riskGuardian, IActorRef orderRouter, ReconcilerSettings settings, MarketClock clock, Action<ReconciliationCompleted>? onCompleted = null) =>
        Runtime.Props.Create(() => new PositionReconcilerActor(exchange, portfolio, riskGuardian, orderRouter, settings, clock, onCompleted));

    /// <inheritdoc />
    protected override void PreStart()
    {
        log = Context.GetLogger();
        Context.System.EventStream.Subscribe<RiskGuardianOnline>(Self);
        Timers.StartPeriodicTimer("reconcile", new ReconcileNow(), settings.Interval);
        Self.Tell(new ReconcileNow(), Self);
    }

    /// <inheritdoc />
    protected override void PostStop() => Context.System.EventStream.Unsubscribe(Self);

    private async Task ReconcileAsync()
    {
        try
        {
            for (var attempt = 1; attempt <= MaxAttemptsPerRun; attempt++)
            {
                if (await TryReconcileAsync())
                {
                    return;
                }
            }

            Fail($"the ledger kept changing during {MaxAttemptsPerRun} comparisons");
        }
        catch (Exception e) when (e is Exchange.Errors.ExchangeException or TimeoutException or OperationCanceledException)
        {
            Fail(e.Message);
        }
    }

    /// <summary>One comparison; false when the ledger moved under it (it is redone).</summary>
    private async Task<bool> TryReconcileAsync()
    {
        var ledger = await portfolio.Ask<PortfolioView>(new SyncFills(), settings.AskTimeout);
        var venuePositions = await exchange.GetPositionsAsync();
        var openOrders = await exchange.GetOpenOrdersAsync();
        var account = await exchange.GetAccountAsync();

        // A fill landing between the two reads is in the venue's position but not yet in the
        // ledger: correcting for it and then applying the fill would count it twice. Read the
        // fills again; if the ledger moved, the views are not of one moment, so compare again.
        var settled = await portfolio.Ask<PortfolioView>(new SyncFills(), settings.AskTimeout);
        if (settled.Revision != ledger.Revision)
        {
            return false;
        }

        var now = clock.Now;

        var venue = venuePositions.Where(p => p.SignedSize != 0).ToDictionary(p => p.Symbol, StringComparer.Ordinal);
        var divergences = Compare(ledger, venue);
        foreach (var divergence in divergences)
        {
            var adopted = await portfolio.Ask<VenuePositionAdopted>(
                new AdoptVenuePosition(divergence.Symbol, divergence.VenueSignedSize, divergence.VenueEntryPrice, Describe(divergence.Kind), ledger.Revision),
                settings.AskTimeout);
            if (!adopted.Applied)
            {
                return false;
            }

            ledger = ledger with { Revision = ledger.Revision + 1 };
        }

        var venueSizes = venue.ToDictionary(p => p.Key, p => p.Value.SignedSize, StringComparer.Ordinal);
        var (orderDivergences, unprotectedSymbols) = await ReconcileOrdersAsync(openOrders, venueSizes);
        var inWindow = Report(divergences, orderDivergences, now);
        ReportUnprotected(unprotectedSymbols, venueSizes, now);
        var corrected = divergences.Count > 0 ? await portfolio.Ask<PortfolioView>(new GetPortfolio(), settings.AskTimeout) : ledger;
        var equity = new Messages.Risk.EquityObserved(account.Equity, now);
        portfolio.Tell(equity, Self);
        riskGuardian.Tell(equity, Self);
        riskGuardian.Tell(corrected, Self);
        sequence++;
        var completed = new ReconciliationCompleted(sequence, divergences, inWindow, venue.Count, openOrders.Count, now, orderDivergences);
        // The node is ready only once the guardian itself has taken the passed reconciliation in:
        // an entry sent the moment readiness is reported must not meet a guardian still closed.
        await riskGuardian.Ask<RiskStatus>(completed, settings.AskTimeout);
        Context.System.EventStream.Publish(completed);
        log.Log(
            divergences.Count > 0 || orderDivergences.Count > 0 || sequence == 1 ? LogLevel.Information : LogLevel.Debug,
            "Reconciliation {Sequence}: {Divergences} divergences, {OrderDivergences} order divergences, {Positions} venue positions, {Orders} open orders, equity {Equity}",
            sequence, divergences.Count, orderDivergences.Count, venue.Count, openOrders.Count, account.Equity);
        onCompleted?.Invoke(completed);
        return true;
    }

    /// <summary>
    /// Compares the venue's open orders (read before the router's journal, and again after it) with
    /// the journal; the router journals and acts on what is found. Returns the divergences it recorded,
    /// and the symbols whose venue position has no stop resting or on its way.
    /// </summary>
    private async Task<(IReadOnlyList<OrderDivergence> Recorded, IReadOnlyList<string> Unprotected)> ReconcileOrdersAsync(
        IReadOnlyList<VenueOrder> before, Dictionary<string, decimal> venuePositions)
    {
        var journal = await orderRouter.Ask<KnownOrders>(GetKnownOrders.Instance, settings.AskTimeout);
        var after = await exchange.GetOpenOrdersAsync();
        var unprotected = OpenOrderComparison.Unprotected(venuePositions, after, journal);
        var findings = OpenOrderComparison.Orphans(before, journal, after, venuePositions).ToList();
        foreach (var missing in OpenOrderComparison.Missing(journal, after))
        {
            var status = await exchange.GetOrderStatusAsync(ClientOrderId.Parse(missing.Request.ClientOrderId));
            if (OpenOrderComparison.Explain(missing, status, venuePositions) is { } finding)
            {
                findings.Add(finding);
            }
        }

        if (findings.Count == 0)
        {
            return ([], unprotected);
        }

        var settled = await orderRouter.Ask<OrderFindingsSettled>(new SettleOrderFindings(findings), settings.AskTimeout);
        return (settled.Recorded, unprotected);
    }

    /// <summary>
    /// Alerts, once for as long as it lasts, on a venue position with no stop: one adopted after a
    /// journal loss whose stop the venue no longer holds, or one opened by hand. The node cannot know
    /// the strategy's levels for it, so an operator must protect or close it.
    /// </summary>
    private void ReportUnprotected(IReadOnlyList<string> symbols, Dictionary<string, decimal> venuePositions, DateTimeOffset now)
    {
        unprotectedAlerted.IntersectWith(symbols);
        foreach (var symbol in symbols.Where(unprotectedAlerted.Add))
        {
            Raise(
                AlertSeverity.Critical,
                string.Create(CultureInfo.InvariantCulture, $"{symbol}: the venue position {venuePositions[symbol]} has no stop at the venue and none of ours is on its way: it is unprotected; place a stop or close it"),
                now);
        }
    }

    /// <summary>Alerts on every divergence and steps trading down past the budget; returns the divergences in the budget window.</summary>
    private int Report(List<PositionDivergence> divergences, IReadOnlyList<OrderDivergence> orderDivergences, DateTimeOffset now)
    {
        var inWindow = Count(divergences.Count + orderDivergences.Count, now);
        foreach (var divergence in divergences)
        {
            Raise(
                AlertSeverity.Critical,
                $"{divergence.Symbol}: {Describe(divergence.Kind)}: ledger {divergence.LedgerSignedSize}, venue {divergence.VenueSignedSize} at {divergence.VenueEntryPrice}; the venue's position was adopted",
                now);
        }

        foreach (var divergence in orderDivergences)
        {
            Raise(divergence.Action == OrderDivergenceAction.KeptProtecting ? AlertSeverity.Warning : AlertSeverity.Critical, Describe(divergence), now);
        }

        if (divergences.Count + orderDivergences.Count > 0 && inWindow > settings.DivergenceBudget)
        {
            var reason = $"{inWindow} divergences within {settings.BudgetWindow} exceed the budget of {settings.DivergenceBudget}";
            Raise(AlertSeverity.Critical, $"{reason}: trading steps to {settings.BreachState}", now);
            riskGuardian.Tell(new TradingStateCommanded(settings.BreachState, reason, "reconciler", now), Self);
        }
        return inWindow;
    }

    private static List<PositionDivergence> Compare(PortfolioView ledger, Dictionary<string, Position> venue)
    {
        var held = ledger.Positions.Where(p => p.SignedSize != 0).ToDictionary(p => p.Symbol, StringComparer.Ordinal);
        var divergences = new List<PositionDivergence>();
        foreach (var symbol in held.Keys.Union(venue.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var ledgerSize = held.TryGetValue(symbol, out var l) ? l.SignedSize : 0m;
            var venueSize = venue.TryGetValue(symbol, out var v) ? v.SignedSize : 0m;
            if (ledgerSize == venueSize)
            {
                continue;
            }

            var kind = ledgerSize == 0 ? DivergenceKind.UnknownVenuePosition
                : venueSize == 0 ? DivergenceKind.MissingAtVenue
                : Math.Sign(ledgerSize) != Math.Sign(venueSize) ? DivergenceKind.DirectionMismatch
                : DivergenceKind.SizeMismatch;
            divergences.Add(new PositionDivergence(symbol, kind, ledgerSize, venueSize, v?.EntryPrice ?? 0m));
        }

        return divergences;
    }

    private int Count(int found, DateTimeOffset now)
    {
        for (var i = 0; i < found; i++)
        {
            corrections.Enqueue(now);
        }

        while (corrections.Count > 0 && now - corrections.Peek() > settings.BudgetWindow)
        {
            corrections.Dequeue();
        }

        return corrections.Count;
    }

    private void Fail(string reason)
    {
        var now = clock.Now;
        log.LogWarning("Reconciliation failed: {Reason}; retrying in {Delay}", reason, settings.RetryDelay);
        Context.System.EventStream.Publish(new ReconciliationFailed(reason, now));
        Timers.StartSingleTimer("retry", new ReconcileNow(), settings.RetryDelay);
    }

    private void Raise(AlertSeverity severity, string text, DateTimeOffset at) =>
        OperatorAlerts.Raise(Context, log, "reconciler", severity, text, at);

    private static string Describe(OrderDivergence divergence)
    {
        var what = divergence.Kind switch
        {
            OrderDivergenceKind.UnknownToJournal => "orphan order unknown to the journal",
            OrderDivergenceKind.FinishedInJournal => "orphan order the journal holds done",
            _ => "resting order missing at the venue",
        };
        var action = divergence.Action switch
        {
            OrderDivergenceAction.Canceled => "cancelled at the venue",
            OrderDivergenceAction.KeptProtecting => "kept: it protects the venue position",
            _ => "the venue's status was adopted",
        };
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{divergence.Symbol}: {what} {divergence.ClientOrderId ?? "(no client id)"} (venue id {divergence.VenueOrderId?.ToString(CultureInfo.InvariantCulture) ?? "none"}): journal {divergence.JournalView}; venue {divergence.VenueView}; {action}");
    }

    private static string Describe(DivergenceKind kind) => kind switch
    {
        DivergenceKind.UnknownVenuePosition => "venue position unknown to the ledger",
        DivergenceKind.MissingAtVenue => "ledger position missing at the venue",
        DivergenceKind.DirectionMismatch => "ledger and venue hold opposite directions",
        _ => "ledger and venue sizes differ",
    };
}
