using FractalTrader.Actors.Clock;
using FractalTrader.Exchange;
using FractalTrader.Messages.MarketData;
using FractalTrader.Runtime;
using Microsoft.Extensions.Logging;

namespace FractalTrader.Actors.MarketData;

/// <summary>
/// Follows the venue's closed bars for every symbol: loads recent history at start, then streams.
/// Every bar passes a <see cref="Trading.MarketData.Quality.CandleGate"/> first: inconsistent,
/// misaligned, out-of-order and duplicate bars are dropped, counted and logged (and published as
/// <see cref="CandleDropped"/>), so none reaches a strategy; a gap is filled from history when the
/// venue has the missing bars. Whenever a stream is (re)subscribed, and when a symbol goes stale,
/// the bars closed since the last one published are fetched from history and published in order
/// first, so a strategy never misses a bar while no stream ran. Good bars go to the strategies (by
/// symbol) and to the risk guardian (freshness, mark). Stale symbols are reported to the guardian.
/// Strategies warm up with <see cref="CandleHistoryRequest"/>.
/// </summary>
public sealed partial class MarketDataActor : ReceiveActor, IWithTimers
{
    private readonly IExchange exchange;
    private readonly MarketDataSettings settings;
    private readonly IActorRef strategies;
    private readonly IActorRef riskGuardian;
    private readonly MarketClock clock;
    private readonly Dictionary<string, SymbolFeed> feeds = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource stopping = new();
    private ILogger log = null!;

    /// <summary>Creates the actor; use <see cref="Props"/>.</summary>
    public MarketDataActor(IExchange exchange, MarketDataSettings settings, IActorRef strategies, IActorRef riskGuardian, MarketClock clock)
    {
        this.exchange = exchange ?? throw new ArgumentNullException(nameof(exchange));
        this.settings = settings ?? throw new ArgumentNullException(nameof(settings));
        this.strategies = strategies ?? throw new ArgumentNullException(nameof(strategies));
        this.riskGuardian = riskGuardian ?? throw new ArgumentNullException(nameof(riskGuardian));
        this.clock = clock ?? throw new ArgumentNullException(nameof(clock));
        foreach (var symbol in settings.Symbols)
        {
            feeds[symbol] = new SymbolFeed(symbol, settings.Timeframe, settings.HistoryBars);
        }

        ReceiveAsync<LoadHistory>(OnLoadHistoryAsync);
        ReceiveAsync<Backfill>(OnBackfillAsync);
        Receive<CandleArrived>(OnCandle);
        Receive<StreamEnded>(OnStreamEnded);
        Receive<SubscribeStream>(subscribe => StartStream(subscribe.Symbol));
        Receive<CandleHistoryRequest>(OnHistoryRequest);
        Receive<CheckStaleness>(_ => CheckStale());
    }

    /// <inheritdoc />
    public ITimerScheduler Timers { get; set; } = null!;

    /// <summary>Props for the actor.</summary>
    public static Props Props(IExchange exchange, MarketDataSettings settings, IActorRef strategies, IActorRef riskGuardian, MarketClock clock) =>
        Runtime.Props.Create(() => new MarketDataActor(exchange, settings, strategies, riskGuardian, clock));

    /// <inheritdoc />
    protected override void PreStart()
    {
        log = Context.GetLogger();
        foreach (var symbol in feeds.Keys)
        {
            Self.Tell(new LoadHistory(symbol), Self);
        }

        Timers.StartPeriodicTimer(CheckStaleness.Instance, CheckStaleness.Instance, settings.StaleCheckInterval);
    }

    /// <inheritdoc />
    protected override void PostStop()
    {
        stopping.Cancel();
        stopping.Dispose();
    }

    private void OnHistoryRequest(CandleHistoryRequest request)
    {
        if (!feeds.TryGetValue(request.Symbol, out var feed))
        {
            Sender.Tell(new CandleHistory(request.Symbol, []), Self);
            return;
        }

        if (feed.HistoryLoaded)
        {
            Sender.Tell(feed.History(), Self);
        }
        else
        {
            feed.Waiting.Add(Sender);
        }
    }

    private void CheckStale()
    {
        var now = clock.Now;
        var limit = settings.EffectiveStaleAfter;
        foreach (var feed in feeds.Values)
        {
            if (!feed.HistoryLoaded || feed.ReportedStale)
            {
                continue;
            }

            var age = feed.LastCloseTime is { } last ? now - last : TimeSpan.MaxValue;
            if (age > limit)
            {
                feed.ReportedStale = true;
                log.LogWarning("{Symbol}: market data stale, last bar closed {LastClose} (limit {Limit})", feed.Symbol, feed.LastCloseTime, limit);
                riskGuardian.Tell(new MarketDataStale(feed.Symbol, feed.LastCloseTime, age == TimeSpan.MaxValue ? limit : age), Self);

                // A stream can stall without ending: the bars it did not deliver may be in the venue's history.
                Self.Tell(new Backfill(feed.Symbol), Self);
            }
        }
    }
}
