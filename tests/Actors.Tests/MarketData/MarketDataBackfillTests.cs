using FractalTrader.Actors.Clock;
using FractalTrader.Actors.MarketData;
using FractalTrader.Actors.Tests.Node;
using FractalTrader.Exchange.Simulated;
using FractalTrader.Messages.MarketData;
using FractalTrader.Runtime;
using FractalTrader.Testing;
using FractalTrader.Trading.MarketData;
using Microsoft.Extensions.Logging;

namespace FractalTrader.Actors.Tests.MarketData;

public sealed class MarketDataBackfillTests : IAsyncDisposable
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Bar = Timeframe.M1.Duration;

    private readonly ManualTimeProvider venueClock = new(new DateTimeOffset(2025, 3, 4, 12, 0, 30, TimeSpan.Zero));
    private readonly ManualTimeProvider systemClock = new();
    private readonly LogLines logs = new();
    private readonly SimulatedVenue venue;
    private readonly InterruptibleCandleStream stream;
    private readonly ActorSystem system;
    private readonly EventRecorder events;
    private readonly IActorRef marketData;

    public MarketDataBackfillTests()
    {
        venue = new SimulatedVenue(new SimulatedVenueOptions(), venueClock);
        var exchange = InterruptibleCandleStream.Over(new SimulatedExchange(venue, NodeHarness.Account), out stream);
        system = ActorSystem.Create(
            "market-data",
            new ActorSystemOptions { TimeProvider = systemClock, LoggerFactory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Debug)) });
        events = EventRecorder.Attach(system, typeof(CandleClosed), typeof(CandleDropped));
        var sink = system.ActorOf(Props.Create(() => new Sink()), "sink");
        var settings = new MarketDataSettings { Symbols = ["ETH"], Timeframe = Timeframe.M1, HistoryBars = 50, StreamRetryDelay = RetryDelay, StaleCheckInterval = TimeSpan.FromHours(1) };
        marketData = system.ActorOf(MarketDataActor.Props(exchange, settings, sink, sink, new MarketClock(venueClock, 1)), "market-data");
    }

    [Fact]
    public async Task Bars_closed_while_the_stream_was_down_are_published_from_history_in_order_as_soon_as_it_is_resubscribed()
    {
        var history = await marketData.Ask<CandleHistory>(new CandleHistoryRequest("ETH"), NodeHarness.Patience);
        await stream.ConnectedAsync(1);
        var lastBeforeDrop = history.Candles[^1].OpenTime;

        stream.Hold();
        stream.Drop();
        await logs.WaitFor("candle stream ended; re-subscribing");
        venueClock.Advance(Bar * 5);
        systemClock.Advance(RetryDelay);
        await stream.Connecting;
        var backfilled = await PublishedAfterAsync(lastBeforeDrop, 5);

        // Bars closing while the new subscription connects are fetched by the second look after the retry delay.
        venueClock.Advance(Bar * 2);
        stream.Release();
        await stream.ConnectedAsync(2);
        systemClock.Advance(RetryDelay);
        var whileConnecting = await PublishedAfterAsync(lastBeforeDrop, 7);

        venueClock.Advance(Bar);
        var all = await PublishedAfterAsync(lastBeforeDrop, 8);

        backfilled.Select(c => c.OpenTime).Should().Equal(Enumerable.Range(1, 5).Select(i => lastBeforeDrop + (Bar * i)), "no bar of the outage is lost, and they come in order");
        whileConnecting.Should().HaveCount(7);
        all.Select(c => c.OpenTime).Should().Equal(Enumerable.Range(1, 8).Select(i => lastBeforeDrop + (Bar * i)), "the live bar after them is published once, after them");
        events.OfType<CandleDropped>().Should().BeEmpty("a bar both the backfill and the stream delivered is the same bar, not bad data");
        logs.All.Should().Contain(l => l.Text.Contains("backfilled from history", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_stream_that_delivers_a_bar_the_backfill_already_published_publishes_it_once()
    {
        var history = await marketData.Ask<CandleHistory>(new CandleHistoryRequest("ETH"), NodeHarness.Patience);
        await stream.ConnectedAsync(1);
        var last = history.Candles[^1].OpenTime;

        // The live bar and a backfill both carry it: a backfill asked for right after the close finds it in history too.
        venueClock.Advance(Bar);
        await PublishedAfterAsync(last, 1);
        stream.Drop();
        await logs.WaitFor("candle stream ended; re-subscribing");
        systemClock.Advance(RetryDelay);
        await stream.ConnectedAsync(2);
        venueClock.Advance(Bar);
        var published = await PublishedAfterAsync(last, 2);
        systemClock.Advance(RetryDelay);
        venueClock.Advance(Bar);
        var after = await PublishedAfterAsync(last, 3);

        published.Select(c => c.OpenTime).Should().OnlyHaveUniqueItems();
        after.Select(c => c.OpenTime).Should().Equal(last + Bar, last + (Bar * 2), last + (Bar * 3));
        events.OfType<CandleDropped>().Should().BeEmpty();
    }

    public async ValueTask DisposeAsync()
    {
        await system.Terminate().WaitAsync(NodeHarness.Patience);
        venue.Dispose();
    }

    /// <summary>Waits until <paramref name="count"/> bars after <paramref name="after"/> were published; returns every one published after it, in order.</summary>
    private async Task<IReadOnlyList<CandleClosed>> PublishedAfterAsync(DateTimeOffset after, int count)
    {
        await events.WaitFor<CandleClosed>(c => c.OpenTime == after + (Bar * count));
        return [.. events.OfType<CandleClosed>().Where(c => c.OpenTime > after)];
    }

    private sealed class Sink : ReceiveActor
    {
        public Sink() => ReceiveAny(_ => { });
    }
}
