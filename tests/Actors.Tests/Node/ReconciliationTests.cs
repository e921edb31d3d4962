using FractalTrader.Exchange.Orders;
using FractalTrader.Messages;
using FractalTrader.Messages.Alerts;
using FractalTrader.Messages.Portfolio;
using FractalTrader.Messages.Reconciliation;
using FractalTrader.Messages.Risk;
using FractalTrader.Messages.Signals;
using FractalTrader.Runtime;

namespace FractalTrader.Actors.Tests.Node;

public sealed class ReconciliationTests
{
    [Fact]
    public async Task A_venue_position_the_journal_does_not_know_is_adopted_and_alerted_never_doubled()
    {
        await using var harness = new NodeHarness();
        await harness.TradeByHandAsync("ETH", OrderSide.Buy, 1.5m, "manual");
        harness.VenueClock.Advance(TimeSpan.FromMinutes(1));

        await harness.StartAsync();
        var reconciled = await harness.Events.WaitFor<ReconciliationCompleted>();
        var alert = await harness.Events.WaitFor<Alert>(a => string.Equals(a.Source, "reconciler", StringComparison.Ordinal));
        var answer = await harness.DecideAsync(harness.Signal("ETH", Direction.Long, 3000m, 2940m, 3120m));

        reconciled.Divergences.Should().ContainSingle().Which.Should().Be(new PositionDivergence("ETH", DivergenceKind.UnknownVenuePosition, 0m, 1.5m, reconciled.Divergences[0].VenueEntryPrice));
        alert.Severity.Should().Be(AlertSeverity.Critical);
        alert.Text.Should().Contain("ETH");
        (await harness.PortfolioAsync()).Positions.Should().ContainSingle(p => string.Equals(p.Symbol, "ETH", StringComparison.Ordinal)).Which.SignedSize.Should().Be(1.5m);
        answer.Should().BeOfType<SignalRejected>("the adopted position holds the symbol's one slot");
        harness.Venue.Positions(NodeHarness.Account).Should().ContainSingle(p => string.Equals(p.Symbol, "ETH", StringComparison.Ordinal)).Which.SignedSize.Should().Be(1.5m);
    }

    [Theory]
    [InlineData(RiskState.Reducing)]
    [InlineData(RiskState.Halted)]
    public async Task Divergence_past_the_budget_steps_trading_down(RiskState breach)
    {
        await using var harness = new NodeHarness(configure: s => s with { Reconciliation = s.Reconciliation with { DivergenceBudget = 0, BreachState = breach } });
        await harness.TradeByHandAsync("SOL", OrderSide.Sell, 10m, "outside");
        harness.VenueClock.Advance(TimeSpan.FromMinutes(1));

        await harness.StartAsync();
        await harness.Events.WaitFor<Alert>(a => a.Text.Contains("budget", StringComparison.Ordinal));
        var status = await harness.RiskAsync();

        status.State.Should().Be(breach);
        (await harness.PortfolioAsync()).Positions.Should().ContainSingle(p => string.Equals(p.Symbol, "SOL", StringComparison.Ordinal)).Which.SignedSize.Should().Be(-10m, "a venue short is adopted as a short");
    }

    [Fact]
    public async Task A_position_closed_at_the_venue_while_the_node_was_down_is_flat_after_restart()
    {
        await using var harness = new NodeHarness();
        await harness.StartAsync();
        var opened = await harness.OpenAsync("ETH", Direction.Long, 3000m, 2940m, 3120m);
        await harness.StopAsync();
        // Closed at the venue while the node was down: the fill is read at start and the ledger follows the venue.
        await harness.Exchange.PlaceOrderAsync(new OrderRequest("ETH", OrderSide.Sell, OrderKind.Market, opened.Size, ClientOrderId.FromSignal("closed-outside"), TimeInForce: TimeInForce.ImmediateOrCancel, ReduceOnly: true));

        await harness.StartAsync();
        var ledger = await harness.PortfolioAsync();

        ledger.Positions.Should().NotContain(p => string.Equals(p.Symbol, "ETH", StringComparison.Ordinal));
        harness.Venue.Positions(NodeHarness.Account).Should().NotContain(p => string.Equals(p.Symbol, "ETH", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_fill_landing_between_reading_fills_and_reading_positions_is_counted_once_not_corrected_and_doubled()
    {
        InterleavedVenue? control = null;
        await using var harness = new NodeHarness(venueView: venue => InterleavedVenue.Over(venue, out control));
        await harness.StartAsync();
        var opened = await harness.OpenAsync("ETH", Direction.Long, 3000m, 2940m, 3120m);

        // The position closes at the venue after the reconciler has read the fills and before it reads positions.
        control!.BeforeNextPositionsRead(() =>
        {
            harness.Exchange.PlaceOrderAsync(new OrderRequest("ETH", OrderSide.Sell, OrderKind.Market, opened.Size, ClientOrderId.FromSignal("stop-hit"), TimeInForce: TimeInForce.ImmediateOrCancel, ReduceOnly: true))
                .GetAwaiter().GetResult();
            harness.VenueClock.Advance(TimeSpan.FromSeconds(1));
        });
        var last = harness.Events.OfType<ReconciliationCompleted>().Max(c => c.Sequence);
        harness.Node.Reconciler.Tell(new ReconcileNow(), ActorRefs.NoSender);
        var reconciled = await harness.Events.WaitFor<ReconciliationCompleted>(c => c.Sequence > last);
        var ledger = await harness.Node.Portfolio.Ask<PortfolioView>(new SyncFills(), NodeHarness.Patience);

        reconciled.Divergences.Should().BeEmpty("the fill explains the venue's position: nothing to correct");
        ledger.Positions.Should().NotContain(p => string.Equals(p.Symbol, "ETH", StringComparison.Ordinal), "the closing fill is applied once, not on top of a correction");
        harness.Venue.Positions(NodeHarness.Account).Should().NotContain(p => string.Equals(p.Symbol, "ETH", StringComparison.Ordinal));
    }
}
