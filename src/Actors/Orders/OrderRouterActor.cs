using FractalTrader.Actors.Clock;
using FractalTrader.Actors.Mapping;
using FractalTrader.Exchange;
using FractalTrader.Exchange.Errors;
using FractalTrader.Exchange.Hyperliquid.Client;
using FractalTrader.Exchange.Instruments;
using FractalTrader.Exchange.Orders;
using FractalTrader.Messages.Orders;
using FractalTrader.Messages.Portfolio;
using FractalTrader.Messages.Risk;
using FractalTrader.Messages.Signals;
using FractalTrader.Runtime;
using Microsoft.Extensions.Logging;

namespace FractalTrader.Actors.Orders;

/// <summary>
/// The order router (persistent): turns the risk guardian's intents into venue orders. Every order
/// is journaled (<see cref="OrderRequested"/>) before any network call, under a client order id
/// derived from its intent; the venue's answer is journaled when it comes. An answer that is lost
/// (timeout, transport error) is settled by asking the order's status by client id, never by
/// sending it again, and after a restart every order journaled but not settled is settled that way
/// before anything new goes out, so no order is ever placed twice. Once an entry fills, its stop and
/// target go to the venue as reduce-only trigger orders sized to the position. New entries go out
/// only while the risk guardian is online, the router has settled its past, and it is not draining.
/// The venue's dead-man's switch is kept armed while the router runs (see the DeadMan part).
/// </summary>
public sealed partial class OrderRouterActor : ReceivePersistentActor, IWithTimers
{
    /// <summary>The router's persistence id.</summary>
    public const string Id = "order-router";

    private readonly IExchange exchange;
    private readonly IReadOnlyDictionary<string, Instrument> instruments;
    private readonly IActorRef portfolio;
    private readonly OrderRouterSettings settings;
    private readonly MarketClock clock;
    private readonly OrderBook book = new();
    private readonly HashSet<string> resolving = new(StringComparer.Ordinal);
    private readonly RequestWeightLimiter limiter;
    private ILogger log = null!;
    private bool guardianOnline;
    private bool recovered;
    private bool draining;
    private IActorRef? drainReplyTo;
    private long sent;

    /// <summary>Creates the router; use <see cref="Props"/>.</summary>
    public OrderRouterActor(IExchange exchange, IReadOnlyList<Instrument> instruments, IActorRef portfolio, OrderRouterSettings settings, MarketClock clock)
    {
        this.exchange = exchange ?? throw new ArgumentNullException(nameof(exchange));
        ArgumentNullException.ThrowIfNull(instruments);
        this.instruments = instruments.ToDictionary(i => i.Symbol, StringComparer.Ordinal);
        this.portfolio = portfolio ?? throw new ArgumentNullException(nameof(portfolio));
        this.settings = settings ?? throw new ArgumentNullException(nameof(settings));
        this.clock = clock ?? throw new ArgumentNullException(nameof(clock));
        limiter = new RequestWeightLimiter(settings.ActionsPerMinute, TimeSpan.FromSeconds(1), TimeProvider.System);

        Recover<SnapshotOffer>(offer => book.Restore((OrderRouterSnapshot)offer.Snapshot));
        Recover<RecoveryCompleted>(_ => OnRecovered());
        RecoverAny(book.Apply);

        Command<OrderIntent>(OnIntent);
        Command<Placed>(OnPlaced);
        Command<PlaceRefused>(OnRefused);
        Command<AnswerLost>(lost => Resolve(lost.ClientOrderId, lost.Detail));
        Command<StatusFound>(OnStatusFound);
        Command<StatusUnknown>(OnStatusUnknown);
        Command<ResolveAgain>(again => Resolve(again.ClientOrderId, again.Detail));
        Command<CancelDone>(OnCancelDone);
        Command<PositionChanged>(OnPositionChanged);
        Command<FlattenAll>(OnFlattenAll);
        Command<FlattenPlan>(OnFlattenPlan);
        Command<RiskGuardianOnline>(_ => SetGuardian(online: true));
        Command<RiskGuardianOffline>(_ => SetGuardian(online: false));
        Command<ArmDeadMan>(_ => RefreshDeadMan());
        Command<DeadManArmed>(OnDeadManArmed);
        Command<DeadManFailed>(OnDeadManFailed);
        Command<DrainOrders>(OnDrain);
        Command<GetRouterStatus>(_ => Sender.Tell(Status(), Self));
        Command<GetKnownOrders>(_ => Sender.Tell(Known(), Self));
        Command<SettleOrderFindings>(OnSettleOrderFindings);
        Command<OrphanCancelDone>(OnOrphanCancelDone);
        Command<VenueCallFailed>(failed => log.LogWarning("{Operation} failed: {Error}", failed.Operation, failed.Error));
    }

    /// <inheritdoc />
    public override string PersistenceId => Id;

    /// <inheritdoc />
    public ITimerScheduler Timers { get; set; } = null!;

    /// <summary>Props for the router.</summary>
    public static Props Props(IExchange exchange, IReadOnlyList<Instrument> instruments, IActorRef portfolio, OrderRouterSettings settings, MarketClock clock) =>
        Runtime.Props.Create(() => new OrderRouterActor(exchange, instruments, portfolio, settings, clock));

    /// <inheritdoc />
    protected override void PreStart()
    {
        log = Context.GetLogger();
        Context.System.EventStream.Subscribe<PositionChanged>(Self);
        if (settings.UseDeadManSwitch)
        {
            Timers.StartPeriodicTimer(ArmDeadMan.Instance, ArmDeadMan.Instance, settings.DeadManRefresh);
        }
    }

    /// <inheritdoc />
    protected override void PostStop()
    {
        Context.System.EventStream.Unsubscribe(Self);
        limiter.Dispose();
    }

    /// <inheritdoc />
    protected override object? CreateSnapshot() => book.Snapshot();

    private bool MaySendEntries => guardianOnline && recovered && !draining;

    private RouterStatus Status() =>
        new(guardianOnline, recovered, book.Unsettled.Count(), book.Open.Count(), book.Protections.Count, sent, deadManArmedUntil, deadManFailure);

    private void OnRecovered()
    {
        var unsettled = book.Unsettled.ToList();
        log.LogInformation("Order router recovered: {Unsettled} orders to settle by client id, {Protections} protections in force", unsettled.Count, book.Protections.Count);
        foreach (var order in unsettled)
        {
            Resolve(order.Request.ClientOrderId, "recorded before the last stop; settled by its status at the venue");
        }

        MarkRecoveredIfSettled();
    }

    private void MarkRecoveredIfSettled()
    {
        if (!recovered && resolving.Count == 0)
        {
            recovered = true;
            log.LogInformation("Order router ready: every journaled order is settled against the venue");
            RefreshDeadMan();
        }

        if (draining && drainReplyTo is { } replyTo && !book.Unsettled.Any())
        {
            replyTo.Tell(new OrdersDrained(0), Self);
            drainReplyTo = null;
        }
    }

    private void SetGuardian(bool online)
    {
        guardianOnline = online;
        log.LogInformation("Risk guardian {State}: new entries {Allowed}", online ? "online" : "offline", online ? "allowed" : "blocked");
        if (online)
        {
            RefreshDeadMan();
        }
    }

    private void OnIntent(OrderIntent intent)
    {
        var clientOrderId = ClientOrderIds.Entry(intent.IntentId).ToString();
        if (book.Find(clientOrderId) is not null)
        {
            log.LogInformation("Intent {IntentId} already routed as {ClientOrderId}; ignored", intent.IntentId, clientOrderId);
            return;
        }

        if (!MaySendEntries)
        {
            var why = !guardianOnline ? "risk guardian offline" : !recovered ? "router still settling orders from before its restart" : "router draining for shutdown";
            Abandon(intent.Symbol, intent.IntentId, $"not sent: {why}");
            return;
        }

        if (book.Unsettled.Concat(book.Open).FirstOrDefault(o => o.Request.Role == OrderRole.Entry && string.Equals(o.Request.Symbol, intent.Symbol, StringComparison.Ordinal)) is { } inFlight)
        {
            // Venue calls run concurrently: two entries in one symbol could reach the venue in either order.
            Abandon(intent.Symbol, intent.IntentId, $"not sent: entry {inFlight.Request.IntentId} on {intent.Symbol} is still in flight");
            return;
        }

        if (!instruments.TryGetValue(intent.Symbol, out var instrument))
        {
            Abandon(intent.Symbol, intent.IntentId, $"not sent: unknown symbol '{intent.Symbol}' at the venue");
            return;
        }

        var rounding = instrument.Rounding;
        var size = rounding.RoundSize(intent.Size);
        if (size <= 0)
        {
            Abandon(intent.Symbol, intent.IntentId, $"not sent: size {intent.Size} rounds to nothing (lot {rounding.SizeStep})");
            return;
        }

        var requested = new OrderRequested(
            clientOrderId, intent.IntentId, OrderRole.Entry, intent.Symbol, intent.Direction.Opening(), OrderType.Market, size, null, null, false, clock.Now,
            rounding.RoundPrice(intent.StopLoss), rounding.RoundPrice(intent.TakeProfit));
        Persist(requested, Send);
    }

    private void Abandon(string symbol, string intentId, string reason)
    {
        log.LogWarning("Entry {IntentId} on {Symbol} abandoned: {Reason}", intentId, symbol, reason);
        Context.System.EventStream.Publish(new EntryAbandoned(symbol, intentId, reason));
        Context.System.EventStream.Publish(new SignalRejected(intentId, symbol, reason));
    }

    /// <summary>Applies a journaled request and sends it: the journal write is durable before the venue hears of it.</summary>
    private void Send(OrderRequested requested)
    {
        book.Apply(requested);
        sent++;
        log.LogInformation(
            "Order {ClientOrderId} sent: {Role} {Side} {Size} {Symbol} {Type} trigger {Trigger} reduce-only {ReduceOnly} (intent {IntentId})",
            requested.ClientOrderId, requested.Role, requested.Side, requested.Size, requested.Symbol, requested.Type, requested.TriggerPrice, requested.ReduceOnly, requested.IntentId);
        var order = new OrderRequest(
            requested.Symbol,
            requested.Side.ToExchange(),
            requested.Type.ToExchange(),
            requested.Size,
            ClientOrderId.Parse(requested.ClientOrderId),
            requested.LimitPrice,
            requested.TriggerPrice,
            requested.Type == OrderType.Market ? TimeInForce.ImmediateOrCancel : TimeInForce.GoodTilCancel,
            requested.ReduceOnly);
        Call(
            async venue => new Placed(requested.ClientOrderId, await venue.PlaceOrderAsync(order)),
            // Anything but a rejection (timeout, transport error, ambiguous answer) leaves unknown whether it was placed.
            e => e is OrderRejectedException rejected
                ? new PlaceRefused(requested.ClientOrderId, rejected.VenueMessage)
                : new AnswerLost(requested.ClientOrderId, $"answer lost ({e.Message}); settled by its status at the venue"));
    }

    private void OnPlaced(Placed placed)
    {
        var ack = placed.Ack;
        Persist(new OrderAcknowledged(placed.ClientOrderId, ack.OrderId, ack.State.ToMessage(), ack.FilledSize, ack.AveragePrice, clock.Now), acknowledged =>
        {
            book.Apply(acknowledged);
            var order = book.Find(acknowledged.ClientOrderId);
            log.LogInformation(
                "Order {ClientOrderId} acknowledged: {Status}, venue id {OrderId}, filled {Filled} at {Price}",
                acknowledged.ClientOrderId, acknowledged.Status, acknowledged.OrderId, acknowledged.FilledSize, acknowledged.AveragePrice);
            Settled(order, acknowledged.Status, acknowledged.FilledSize, "acknowledged");
        });
    }

    private void OnRefused(PlaceRefused refused)
    {
        Persist(new OrderRejected(refused.ClientOrderId, refused.Reason, clock.Now), rejected =>
        {
            book.Apply(rejected);
            log.LogWarning("Order {ClientOrderId} rejected by the venue: {Reason}", rejected.ClientOrderId, rejected.Reason);
            Settled(book.Find(rejected.ClientOrderId), OrderStatus.Rejected, 0m, rejected.Reason);
        });
    }

    private void Resolve(string clientOrderId, string detail)
    {
        resolving.Add(clientOrderId);
        Call(
            async venue => new StatusFound(clientOrderId, await venue.GetOrderStatusAsync(ClientOrderId.Parse(clientOrderId)), detail),
            e => new StatusUnknown(clientOrderId, detail, e.Message));
    }

    private void OnStatusUnknown(StatusUnknown unknown)
    {
        // Still unsettled (and still blocking recovery): asked again after a pause, never sent again.
        log.LogWarning("Order status of {ClientOrderId} unavailable ({Error}); asking again in {Delay}", unknown.ClientOrderId, unknown.Error, settings.StatusRetryDelay);
        Timers.StartSingleTimer(("resolve", unknown.ClientOrderId), new ResolveAgain(unknown.ClientOrderId, unknown.Detail), settings.StatusRetryDelay);
    }

    private void OnStatusFound(StatusFound found)
    {
        var report = found.Report;
        var status = report?.State.ToMessage() ?? OrderStatus.NotPlaced;
        var filled = report is null ? 0m : report.Order.OriginalSize - report.Order.RemainingSize;
        Persist(new OrderResolved(found.ClientOrderId, status, report?.Order.OrderId, filled, found.Detail, clock.Now), resolved =>
        {
            book.Apply(resolved);
            resolving.Remove(resolved.ClientOrderId);
            log.LogInformation("Order {ClientOrderId} resolved by client id: {Status}, filled {Filled} ({Detail})", resolved.ClientOrderId, resolved.Status, resolved.FilledSize, resolved.Detail);
            Settled(book.Find(resolved.ClientOrderId), resolved.Status, resolved.FilledSize, resolved.Detail);
            MarkRecoveredIfSettled();
        });
    }

    /// <summary>What follows a known answer: fills are read into the ledger; an entry that will not fill frees its slot.</summary>
    private void Settled(TrackedOrder? order, OrderStatus status, decimal filled, string detail)
    {
        if (order is null)
        {
            return;
        }

        var request = order.Request;
        Context.System.EventStream.Publish(new OrderRouted(request.ClientOrderId, request.Role, request.Symbol, status, detail));
        if (filled > 0 || status is OrderStatus.Filled or OrderStatus.Triggered)
        {
            // A trigger that fired at once may report its fill only in the fill history.
            portfolio.Tell(new SyncFills(), ActorRefs.NoSender);
        }
        else if (request.Role == OrderRole.Entry && status is OrderStatus.Rejected or OrderStatus.NotPlaced or OrderStatus.Canceled)
        {
            Abandon(request.Symbol, request.IntentId, $"entry {status}: {detail}");
        }

        MarkRecoveredIfSettled();
    }

    private void OnDrain(DrainOrders drain)
    {
        draining = true;
        drainReplyTo = Sender;
        log.LogInformation("Order router draining: no new entries; {Unsettled} orders still in flight", book.Unsettled.Count());
        if (settings.UseDeadManSwitch)
        {
            // Protective orders stay at the venue after a clean stop: disarm rather than let them expire.
            CallVenue("disarm the dead-man's switch", venue => venue.ScheduleCancelAsync(null));
        }

        MarkRecoveredIfSettled();
    }

    private void CallVenue(string operation, Func<IExchange, Task> call) =>
        Call(
            async venue =>
            {
                await call(venue);
                return null;
            },
            e => new VenueCallFailed(operation, e.Message));

    /// <summary>
    /// Runs a venue call off the actor's thread, within the rate limit, and tells the actor its
    /// outcome (what <paramref name="call"/> returns, if anything, or what <paramref name="failed"/> makes of its exception).
    /// </summary>
    private void Call(Func<IExchange, Task<object?>> call, Func<Exception, object> failed)
    {
        var self = Self;
        var venue = exchange;
        var gate = limiter;
        _ = Task.Run(async () =>
        {
            object? outcome;
            try
            {
                await gate.AcquireAsync(1, CancellationToken.None);
                outcome = await call(venue);
            }
            catch (Exception e)
            {
                outcome = failed(e);
            }

            if (outcome is not null)
            {
                self.Tell(outcome, self);
            }
        });
    }
}
