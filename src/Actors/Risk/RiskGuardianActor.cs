using System.Globalization;
using FractalTrader.Actors.Alerting;
using FractalTrader.Actors.Clock;
using FractalTrader.Messages.Alerts;
using FractalTrader.Messages.MarketData;
using FractalTrader.Messages.Orders;
using FractalTrader.Messages.Portfolio;
using FractalTrader.Messages.Reconciliation;
using FractalTrader.Messages.Risk;
using FractalTrader.Messages.Signals;
using FractalTrader.Runtime;
using Microsoft.Extensions.Logging;

namespace FractalTrader.Actors.Risk;

/// <summary>
/// The risk guardian (persistent): decides every signal exactly once (a duplicate is answered with
/// a refusal and neither journaled nor counted), sizes approved ones into an <see cref="OrderIntent"/>
/// for the order router, runs the breakers on equity, entries and closed trades, and takes operator
/// commands (<see cref="Halt"/>, <see cref="Messages.Risk.Resume"/>, <see cref="EmergencyStop"/>). Fail-closed:
/// while it recovers it takes no message, and until the first reconciliation of the run has passed
/// every signal is refused. It tells the router (and the event stream) <see cref="RiskGuardianOnline"/>
/// after recovery and <see cref="RiskGuardianOffline"/> when it stops, so the router sends entries
/// only while it is online.
/// </summary>
public sealed class RiskGuardianActor : ReceivePersistentActor
{
    /// <summary>The guardian's persistence id.</summary>
    public const string Id = "risk-guardian";

    private readonly IActorRef router;
    private readonly MarketClock clock;
    private readonly RiskBook book;
    private readonly string incarnation = Guid.NewGuid().ToString("N");
    private long emergencies;
    private int transitionsReported;
    private ILogger log = null!;

    /// <summary>Creates the guardian; use <see cref="Props"/>.</summary>
    public RiskGuardianActor(RiskSettings settings, IActorRef router, MarketClock clock)
    {
        ArgumentNullException.ThrowIfNull(settings);
        this.router = router ?? throw new ArgumentNullException(nameof(router));
        this.clock = clock ?? throw new ArgumentNullException(nameof(clock));
        book = new RiskBook(settings, clock.Time);

        Recover<SnapshotOffer>(offer => book.Restore((RiskGuardianSnapshot)offer.Snapshot));
        Recover<RecoveryCompleted>(_ => OnRecovered());
        RecoverAny(book.Apply);

        Command<SignalIssued>(OnSignal);
        Command<CandleClosed>(book.OnCandle);
        Command<PositionChanged>(OnPositionChanged);
        Command<PortfolioView>(book.OnPortfolio);
        Command<ReconciliationCompleted>(OnReconciled);
        Command<EquityObserved>(e => Persist(new EquityMarked(e.Equity, e.At), Apply));
        Command<EntryAbandoned>(a => book.OnEntrySettled(a.Symbol, a.IntentId));
        Command<Halt>(h => Commanded(RiskState.Halted, h.Reason, "operator"));
        Command<Resume>(r => Commanded(RiskState.Active, r.Reason, "operator"));
        Command<EmergencyStop>(OnEmergencyStop);
        Command<TradingStateCommanded>(c => Persist(c, Apply));
        Command<StrategyStopped>(s => Raise(AlertSeverity.Warning, s.Reason));
        Command<MarketDataStale>(s => Raise(AlertSeverity.Warning, $"{s.Symbol}: market data stale for {s.Age}"));
        Command<GetRiskStatus>(_ =>
        {
            var status = book.Status();
            ReportTransitions();
            Sender.Tell(status, Self);
        });
    }

    /// <inheritdoc />
    public override string PersistenceId => Id;

    /// <summary>Props for the guardian.</summary>
    public static Props Props(RiskSettings settings, IActorRef router, MarketClock clock) =>
        Runtime.Props.Create(() => new RiskGuardianActor(settings, router, clock));

    /// <inheritdoc />
    protected override void PreStart()
    {
        log = Context.GetLogger();
        Context.System.EventStream.Subscribe<PositionChanged>(Self);
        Context.System.EventStream.Subscribe<EntryAbandoned>(Self);
    }

    /// <inheritdoc />
    protected override void PostStop()
    {
        Context.System.EventStream.Unsubscribe(Self);
        var offline = new RiskGuardianOffline(incarnation);
        router.Tell(offline, Self);
        Context.System.EventStream.Publish(offline);
    }

    /// <inheritdoc />
    protected override object? CreateSnapshot() => book.Snapshot();

    private void OnRecovered()
    {
        log.LogInformation("Risk guardian recovered: {State} ({Reason}), {Signals} signals decided so far", book.State, book.StateReason, book.SignalsDecided);
        // Transitions replayed from the journal were alerted when they happened.
        transitionsReported = book.Transitions.Count;
        // Told directly as well: the router may not have subscribed yet when this is published.
        var online = new RiskGuardianOnline(incarnation);
        router.Tell(online, Self);
        Context.System.EventStream.Publish(online);
    }

    private void Apply(object journaled)
    {
        book.Apply(journaled);
        ReportTransitions();
    }

    private void OnSignal(SignalIssued signal)
    {
        if (book.Duplicate(signal) is { } duplicate)
        {
            // Answered, never journaled: a duplicate is neither a trade nor a breaker hit.
            log.LogInformation("Signal {SignalId} ignored: {Reason}", signal.SignalId, duplicate);
            Sender.Tell(new SignalRejected(signal.SignalId, signal.Symbol, duplicate), Self);
            return;
        }

        var replyTo = Sender;
        Persist(book.Decide(signal), decided =>
        {
            Apply(decided);
            if (!decided.Approved)
            {
                log.LogInformation("Signal {SignalId} refused: {Reason}", decided.SignalId, decided.Reason);
                var rejected = new SignalRejected(decided.SignalId, decided.Symbol, decided.Reason);
                Context.System.EventStream.Publish(rejected);
                replyTo.Tell(rejected, Self);
                return;
            }

            var intent = new OrderIntent(
                decided.IntentId!, decided.SignalId, decided.Symbol, decided.Direction, decided.Size, signal.Entry, signal.StopLoss, signal.TakeProfit, decided.At);
            log.LogInformation(
                "Order intent {IntentId}: {Direction} {Size} {Symbol} near {Price}, stop {Stop}, target {Target} ({Reason})",
                intent.IntentId, intent.Direction, intent.Size, intent.Symbol, intent.ReferencePrice, intent.StopLoss, intent.TakeProfit, decided.Reason);
            router.Tell(intent, Self);
            replyTo.Tell(intent, Self);
        });
    }

    private void OnPositionChanged(PositionChanged change)
    {
        book.OnPositionChanged(change);
        var events = new List<object>();
        if (change.PreviousSignedSize == 0 && change.SignedSize != 0 && change.ClientOrderId is not null)
        {
            events.Add(new EntryFillRecorded(change.Symbol, change.At));
        }

        if (change.ClosedTradePnl is { } pnl)
        {
            events.Add(new TradeCloseRecorded(change.Symbol, pnl, change.At));
        }

        if (events.Count > 0)
        {
            PersistAll(events, Apply);
        }
    }

    private void OnReconciled(ReconciliationCompleted completed)
    {
        if (!book.TradingEnabled)
        {
            log.LogInformation("First reconciliation passed: trading enabled ({State})", book.State);
        }

        book.TradingEnabled = true;
        Sender.Tell(book.Status(), Self);
    }

    private void Commanded(RiskState target, string reason, string source)
    {
        var replyTo = Sender;
        Persist(new TradingStateCommanded(target, reason, source, clock.Now), e =>
        {
            Apply(e);
            log.LogInformation("Trading state commanded by {Source}: {Target} ({Reason}); now {State}", source, target, reason, book.State);
            replyTo.Tell(book.Status(), Self);
        });
    }

    private void OnEmergencyStop(EmergencyStop stop)
    {
        var replyTo = Sender;
        Persist(new TradingStateCommanded(RiskState.Halted, "emergency stop: " + stop.Reason, "operator", clock.Now), e =>
        {
            Apply(e);
            emergencies++;
            var requestId = string.Create(CultureInfo.InvariantCulture, $"{incarnation}-{emergencies}");
            Raise(AlertSeverity.Critical, $"emergency stop: {stop.Reason}; cancelling every order and flattening every position");
            router.Tell(new FlattenAll("emergency stop: " + stop.Reason, requestId), Self);
            replyTo.Tell(book.Status(), Self);
        });
    }

    /// <summary>
    /// Every change of trading state (a breaker tripping, a cooldown or new day ending it, an
    /// operator's command) is raised as an alert, so a halt is never only a line of refusals.
    /// </summary>
    private void ReportTransitions()
    {
        var transitions = book.Transitions;
        for (; transitionsReported < transitions.Count; transitionsReported++)
        {
            var t = transitions[transitionsReported];
            var severity = RiskBook.ToMessage(t.To) switch
            {
                RiskState.Halted => AlertSeverity.Critical,
                RiskState.Reducing => AlertSeverity.Warning,
                _ => AlertSeverity.Info,
            };
            Raise(severity, $"trading {RiskBook.ToMessage(t.From)} -> {RiskBook.ToMessage(t.To)}: {t.Reason}");
        }
    }

    private void Raise(AlertSeverity severity, string text) =>
        OperatorAlerts.Raise(Context, log, "risk-guardian", severity, text, clock.Now);
}
