using FractalTrader.Exchange.Simulated;
using FractalTrader.Messages.MarketData;
using FractalTrader.Messages.Orders;
using FractalTrader.Messages.Portfolio;
using FractalTrader.Messages.Reconciliation;
using FractalTrader.Runtime;
using FractalTrader.Testing;
using FractalTrader.Trading.MarketData;

namespace FractalTrader.Actors.Tests.Node;

public sealed class PaperTradingTests
{
    private static readonly string[] Symbols = ["BTC", "ETH", "SOL"];

    [Fact]
    public async Task The_bundled_series_is_traded_end_to_end_from_closed_bars_to_fills_and_a_ledger_the_venue_agrees_with()
    {
        // The clock moves on as soon as each hour's bars are out, not when the strategies have read
        // them: on a busy machine a signal may reach the guardian hours of market time later, which
        // must not make it stale here (freshness has tests of its own).
        await using var harness = new NodeHarness(
            venueOptions: new SimulatedVenueOptions { Data = Bundled(), SyntheticTimeframe = Timeframe.H1 },
            configure: s => s with { Risk = s.Risk with { MaxSignalAge = TimeSpan.FromDays(1) } });
        await harness.StartAsync();

        // Streams subscribe when the market data actor starts reading them: a bar closing before that is not streamed.
        using (var patience = new CancellationTokenSource(NodeHarness.Patience))
        {
            while (harness.Venue.Subscribers < Symbols.Length)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(5), patience.Token);
            }
        }

        // Hour by hour: each step waits until every symbol's new bar is out before the clock moves on.
        for (var hour = 0; hour < 12 && !harness.Events.OfType<PositionChanged>().Any(); hour++)
        {
            harness.VenueClock.Advance(Timeframe.H1.Duration);
            var close = harness.VenueClock.GetUtcNow();
            foreach (var symbol in Symbols)
            {
                await harness.Events.WaitFor<CandleClosed>(c => string.Equals(c.Symbol, symbol, StringComparison.Ordinal) && c.CloseTime == close);
            }
        }

        var opened = await harness.Events.WaitFor<PositionChanged>(c => c.ClientOrderId is not null);
        var entry = await harness.Events.WaitFor<OrderRouted>(r => r.Role == OrderRole.Entry && r.Status == OrderStatus.Filled);
        await harness.Events.WaitFor<OrderRouted>(r => r.Role == OrderRole.TakeProfit && r.Status == OrderStatus.Open);
        harness.Node.Reconciler.Tell(new ReconcileNow(), ActorRefs.NoSender);
        var reconciled = await harness.Events.WaitFor<ReconciliationCompleted>(r => r.Sequence == 2);

        string.Equals(entry.Symbol, opened.Symbol, StringComparison.Ordinal).Should().BeTrue();
        reconciled.Divergences.Should().BeEmpty("every fill reached the ledger");
        // Orders of the last bars may still be on their way (another symbol's entry), and the venue
        // catches its market up lazily when asked, so a stop may fill just now: the ledger must come
        // to agree with the venue once they settle. Fills are read first, then the venue.
        var (ledger, venue) = await LedgerAndVenueAsync(harness);
        using (var patience = new CancellationTokenSource(NodeHarness.Patience))
        {
            while (!ledger.SequenceEqual(venue) && !patience.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(10), CancellationToken.None);
                (ledger, venue) = await LedgerAndVenueAsync(harness);
            }
        }

        ledger.Should().Equal(venue);
        (await harness.Node.Portfolio.Ask<PortfolioView>(new SyncFills(), NodeHarness.Patience)).Fills.Should().BeGreaterThan(0);
        harness.Logs.All.Should().Contain(l => l.Text.StartsWith("Order intent ", StringComparison.Ordinal));
    }

    private static async Task<((string Symbol, decimal SignedSize)[] Ledger, (string Symbol, decimal SignedSize)[] Venue)> LedgerAndVenueAsync(NodeHarness harness)
    {
        var view = await harness.Node.Portfolio.Ask<PortfolioView>(new SyncFills(), NodeHarness.Patience);
        var ledger = view.Positions.Where(p => p.SignedSize != 0).Select(p => (p.Symbol, p.SignedSize)).OrderBy(p => p.Symbol, StringComparer.Ordinal).ToArray();
        var venue = harness.Venue.Positions(NodeHarness.Account).Where(p => p.SignedSize != 0).Select(p => (p.Symbol, p.SignedSize)).OrderBy(p => p.Symbol, StringComparer.Ordinal).ToArray();
        return (ledger, venue);
    }

    private static Dictionary<string, IReadOnlyList<Candle>> Bundled() =>
        Symbols.ToDictionary(s => s, s => CandleCsv.Read(RepositoryLayout.InRepository("data", $"synthetic-{s}-1h.csv")), StringComparer.Ordinal);
}
