using FractalTrader.Actors.Clock;
using FractalTrader.Actors.Mapping;
using FractalTrader.Exchange;
using FractalTrader.Exchange.Accounts;
using FractalTrader.Messages.Portfolio;
using FractalTrader.Messages.Risk;
using FractalTrader.Runtime;
using Microsoft.Extensions.Logging;

namespace FractalTrader.Actors.Portfolio;

/// <summary>
/// The portfolio (persistent): the ledger of our fills, folded into positions with direction, size,
/// average entry, fees and realized PnL. Fills come from the venue's fill stream when it has one
/// (see the FillStream part) and are read on <see cref="SyncFills"/> and on a timer as a catch-up;
/// each is recorded once per trade id; an accepted order is not a fill. Corrections
/// from the reconciler (<see cref="AdoptVenuePosition"/>) are journaled with both views. Every change
/// of a position is published on the event stream as <see cref="PositionChanged"/>.
/// </summary>
public sealed partial class PortfolioActor : ReceivePersistentActor, IWithTimers
{
    /// <summary>The portfolio's persistence id.</summary>
    public const string Id = "portfolio";

    private readonly IExchange exchange;
    private readonly MarketClock clock;
    private readonly TimeSpan pollInterval;
    private readonly bool streamFills;
    private readonly PortfolioBook book = new();
    private ILogger log = null!;

    /// <summary>Creates the portfolio; use <see cref="Props"/>.</summary>
    public PortfolioActor(IExchange exchange, MarketClock clock, TimeSpan pollInterval, bool streamFills)
    {
        this.streamFills = streamFills;
        this.exchange = exchange ?? throw new ArgumentNullException(nameof(exchange));
        this.clock = clock ?? throw new ArgumentNullException(nameof(clock));
        this.pollInterval = pollInterval;

        Recover<SnapshotOffer>(offer => book.Restore((PortfolioSnapshot)offer.Snapshot));
        Recover<RecoveryCompleted>(_ =>
        {
            log.LogInformation("Portfolio recovered: {Fills} fills, positions {Positions}", book.Fills, string.Join(", ", book.View().Positions.Select(p => $"{p.Symbol} {p.SignedSize}")));
            Self.Tell(new StartStreamingFills(), Self);
        });
        RecoverAny(e => book.Apply(e));

        CommandAsync<SyncFills>(OnSyncAsync);
        Command<GetPortfolio>(_ => Sender.Tell(book.View(), Self));
        Command<AdoptVenuePosition>(OnAdopt);
        Command<EquityObserved>(e => book.Equity = e.Equity);
        Command<StartStreamingFills>(_ => StartFillStream());
        Command<FillStreamed>(OnFillStreamed);
        Command<FillStreamEnded>(OnFillStreamEnded);
    }

    /// <inheritdoc />
    public override string PersistenceId => Id;

    /// <inheritdoc />
    public ITimerScheduler Timers { get; set; } = null!;

    /// <summary>Props for the portfolio; <paramref name="streamFills"/> follows the venue's fill stream besides polling every <paramref name="pollInterval"/> (zero: no polling).</summary>
    public static Props Props(IExchange exchange, MarketClock clock, TimeSpan pollInterval, bool streamFills = false) =>
        Runtime.Props.Create(() => new PortfolioActor(exchange, clock, pollInterval, streamFills));

    /// <inheritdoc />
    protected override void PreStart()
    {
        log = Context.GetLogger();
        if (pollInterval > TimeSpan.Zero)
        {
            Timers.StartPeriodicTimer("poll-fills", new SyncFills(), pollInterval);
        }
    }

    /// <inheritdoc />
    protected override void PostStop() => StopFillStream();

    /// <inheritdoc />
    protected override object? CreateSnapshot() => book.Snapshot();

    private async Task OnSyncAsync(SyncFills sync)
    {
        var replyTo = Sender;
        if (book.OpenedAt is null)
        {
            Persist(new LedgerOpened(clock.Now), e =>
            {
                book.Apply(e);
                log.LogInformation("Ledger opened at {At}: positions held at the venue before are adopted by reconciliation", e.At);
                StartFillStream();
            });
        }

        var since = book.LastFillTime is { } last ? last - PortfolioBook.RememberedWindow : book.OpenedAt ?? clock.Now;
        IReadOnlyList<Fill> fills;
        try
        {
            fills = await exchange.GetFillsAsync(since);
        }
        catch (Exception e) when (e is Exchange.Errors.ExchangeException or OperationCanceledException)
        {
            log.LogWarning("Reading fills from the venue failed: {Error}", e.Message);
            if (Answerable(replyTo))
            {
                replyTo.Tell(new Status.Failure(e), Self);
            }

            return;
        }

        var fresh = new List<FillRecorded>();
        var seen = new HashSet<long>();
        foreach (var fill in fills.OrderBy(f => f.Time).ThenBy(f => f.TradeId))
        {
            if (fill.Time >= since && !book.IsRecorded(fill.TradeId, fill.Time) && seen.Add(fill.TradeId))
            {
                fresh.Add(new FillRecorded(
                    fill.TradeId, fill.OrderId, fill.ClientOrderId?.ToString(), fill.Symbol, fill.Side.ToMessage(), fill.Price, fill.Size, fill.Fee, fill.Time));
            }
        }

        if (fresh.Count > 0)
        {
            PersistAll(fresh, Record);
        }

        if (Answerable(replyTo))
        {
            DeferAsync(replyTo, r => r.Tell(book.View(), Self));
        }
    }

    /// <summary>Timers and the router ask without a sender: nobody waits for the view.</summary>
    private bool Answerable(IActorRef? replyTo) =>
        replyTo is not null && !ReferenceEquals(replyTo, ActorRefs.Nobody) && !ReferenceEquals(replyTo, Context.System.DeadLetters);

    private void Record(FillRecorded fill)
    {
        var change = book.Apply(fill)!;
        log.LogInformation(
            "Fill {TradeId}: {Side} {Size} {Symbol} at {Price}, fee {Fee} (order {ClientOrderId})",
            fill.TradeId, fill.Side, fill.Size, fill.Symbol, fill.Price, fill.Fee, fill.ClientOrderId);
        Publish(change);
    }

    private void OnAdopt(AdoptVenuePosition adopt)
    {
        if (adopt.Revision != book.Revision)
        {
            Sender.Tell(new VenuePositionAdopted(adopt.Symbol, Applied: false), Self);
            return;
        }

        var held = book[adopt.Symbol];
        var replyTo = Sender;
        Persist(
            new PositionCorrected(adopt.Symbol, held.SignedSize, held.EntryPrice, adopt.VenueSignedSize, adopt.VenueEntryPrice, adopt.Reason, clock.Now),
            corrected =>
            {
                var change = book.Apply(corrected)!;
                log.LogWarning(
                    "{Symbol}: ledger corrected to the venue: {LedgerSize} at {LedgerEntry} -> {VenueSize} at {VenueEntry} ({Reason})",
                    corrected.Symbol, corrected.LedgerSignedSize, corrected.LedgerEntryPrice, corrected.VenueSignedSize, corrected.VenueEntryPrice, corrected.Reason);
                Publish(change);
                replyTo.Tell(new VenuePositionAdopted(corrected.Symbol, Applied: true), Self);
            });
    }

    private void Publish(PositionChanged change)
    {
        if (change.PreviousSignedSize == change.SignedSize)
        {
            return;
        }

        log.LogInformation(
            "Position {Symbol}: {Previous} -> {Size} at {Entry}{Closed}",
            change.Symbol, change.PreviousSignedSize, change.SignedSize, change.EntryPrice, change.ClosedTradePnl is { } pnl ? $", closed trade PnL {pnl}" : string.Empty);
        Context.System.EventStream.Publish(change);
    }
}
