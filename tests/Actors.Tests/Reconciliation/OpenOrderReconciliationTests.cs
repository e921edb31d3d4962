using FractalTrader.Actors.Orders;
using FractalTrader.Actors.Tests.Node;
using FractalTrader.Actors.Tests.Orders;
using FractalTrader.Exchange.Orders;
using FractalTrader.Messages;
using FractalTrader.Messages.Alerts;
using FractalTrader.Messages.Orders;
using FractalTrader.Messages.Reconciliation;
using FractalTrader.Messages.Risk;
using FractalTrader.Runtime;

namespace FractalTrader.Actors.Tests.Reconciliation;

public sealed class OpenOrderReconciliationTests
{
    private static readonly ClientOrderId Stray = ClientOrderId.FromSignal("placed by hand");

    [Fact]
    public async Task An_order_unknown_to_the_journal_is_journaled_with_both_views_alerted_and_cancelled_at_the_venue()
    {
        await using var harness = new NodeHarness();
        await harness.Exchange.PlaceOrderAsync(new OrderRequest("ETH", OrderSide.Buy, OrderKind.Limit, 1m, Stray, LimitPrice: 2500m));

        await harness.StartAsync();
        var reconciled = await harness.Events.WaitFor<ReconciliationCompleted>();
        var alert = await harness.Events.WaitFor<Alert>(a => string.Equals(a.Source, "reconciler", StringComparison.Ordinal) && a.Text.Contains(Stray.ToString(), StringComparison.Ordinal));
        await harness.Events.WaitFor<Alert>(a => string.Equals(a.Source, "order-router", StringComparison.Ordinal) && a.Text.Contains("cancelled at the venue", StringComparison.Ordinal));
        var journaled = (await harness.JournaledAsync(OrderRouterActor.Id)).OfType<OrderDivergenceRecorded>().ToList();

        var divergence = reconciled.OrderDivergences.Should().ContainSingle().Subject;
        divergence.Kind.Should().Be(OrderDivergenceKind.UnknownToJournal);
        divergence.Action.Should().Be(OrderDivergenceAction.Canceled);
        divergence.ClientOrderId.Should().Be(Stray.ToString());
        divergence.JournalView.Should().Be("no such order");
        divergence.VenueView.Should().Contain("Buy 1 Limit").And.Contain("limit 2500");
        alert.Severity.Should().Be(AlertSeverity.Critical);
        journaled.Should().ContainSingle().Which.Divergence.Should().Be(divergence);
        harness.Venue.OpenOrders(NodeHarness.Account).Should().BeEmpty();
        reconciled.DivergencesInWindow.Should().Be(1, "an orphan counts against the budget like a position difference");
    }

    [Fact]
    public async Task An_order_the_journal_holds_never_placed_but_resting_at_the_venue_is_cancelled()
    {
        await using var harness = new NodeHarness(sqlite: true);
        var late = ClientOrderIds.Entry("intent-late");
        var system = await harness.StartSystemAsync();
        var writer = system.ActorOf(Props.Create(() => new JournalWriter(OrderRouterActor.Id, new object[]
        {
            new OrderRequested(late.ToString(), "intent-late", OrderRole.Entry, "SOL", Side.Buy, OrderType.Limit, 10m, 120m, null, false, harness.VenueClock.GetUtcNow()),
            new OrderResolved(late.ToString(), OrderStatus.NotPlaced, null, 0m, "status asked before the venue saw it", harness.VenueClock.GetUtcNow()),
        })));
        await writer.Ask<JournalWriter.Written>(new JournalWriter.Write(), NodeHarness.Patience);
        await system.Terminate().WaitAsync(NodeHarness.Patience);
        await harness.Exchange.PlaceOrderAsync(new OrderRequest("SOL", OrderSide.Buy, OrderKind.Limit, 10m, late, LimitPrice: 120m));

        await harness.StartAsync();
        var reconciled = await harness.Events.WaitFor<ReconciliationCompleted>();
        await harness.Events.WaitFor<Alert>(a => string.Equals(a.Source, "order-router", StringComparison.Ordinal) && a.Text.Contains(late.ToString(), StringComparison.Ordinal));

        var divergence = reconciled.OrderDivergences.Should().ContainSingle().Subject;
        divergence.Kind.Should().Be(OrderDivergenceKind.FinishedInJournal);
        divergence.JournalView.Should().Contain("NotPlaced");
        divergence.Action.Should().Be(OrderDivergenceAction.Canceled);
        harness.Venue.OpenOrders(NodeHarness.Account).Should().BeEmpty();
        harness.Venue.CountOrders(NodeHarness.Account, late).Should().Be(1, "the orphan is cancelled, nothing is placed");
    }

    [Fact]
    public async Task A_stop_unknown_to_the_journal_that_protects_a_venue_position_is_kept_and_reported_once_even_after_a_restart()
    {
        await using var harness = new NodeHarness(sqlite: true);
        await harness.TradeByHandAsync("ETH", OrderSide.Buy, 1.5m, "lost journal entry");
        var stop = ClientOrderId.FromSignal("lost journal stop");
        await harness.Exchange.PlaceOrderAsync(new OrderRequest("ETH", OrderSide.Sell, OrderKind.StopMarket, 1.5m, stop, TriggerPrice: 2900m, ReduceOnly: true));
        harness.VenueClock.Advance(TimeSpan.FromMinutes(1));

        await harness.StartAsync();
        var first = await harness.Events.WaitFor<ReconciliationCompleted>();
        var alert = await harness.Events.WaitFor<Alert>(a => a.Text.Contains(stop.ToString(), StringComparison.Ordinal));
        var second = await harness.ReconcileAsync();
        await harness.CrashAsync();
        await harness.StartAsync();
        var afterRestart = await harness.Events.WaitFor<ReconciliationCompleted>();

        first.OrderDivergences.Should().ContainSingle().Which.Action.Should().Be(OrderDivergenceAction.KeptProtecting);
        first.Divergences.Should().ContainSingle("the position itself is adopted too");
        alert.Severity.Should().Be(AlertSeverity.Warning);
        second.OrderDivergences.Should().BeEmpty("a kept stop is reported once");
        afterRestart.OrderDivergences.Should().BeEmpty("the journal remembers the kept stop");
        harness.Venue.OpenOrders(NodeHarness.Account).Should().ContainSingle().Which.ClientOrderId.Should().Be(stop, "the position stays protected");
    }

    [Fact]
    public async Task A_venue_position_without_a_stop_is_alerted_as_unprotected_once_and_again_if_it_loses_one_later()
    {
        await using var harness = new NodeHarness();
        await harness.TradeByHandAsync("ETH", OrderSide.Buy, 1.5m, "lost journal entry");
        harness.VenueClock.Advance(TimeSpan.FromMinutes(1));

        await harness.StartAsync();
        await harness.Events.WaitFor<ReconciliationCompleted>();
        var alert = await harness.Events.WaitFor<Alert>(a => a.Text.Contains("unprotected", StringComparison.Ordinal));
        await harness.ReconcileAsync();
        var unprotectedAfterTwoRuns = Unprotected(harness);
        var stop = ClientOrderId.FromSignal("stop placed by hand");
        await harness.Exchange.PlaceOrderAsync(new OrderRequest("ETH", OrderSide.Sell, OrderKind.StopMarket, 1.5m, stop, TriggerPrice: 2900m, ReduceOnly: true));
        await harness.ReconcileAsync();
        var unprotectedWithTheStop = Unprotected(harness);
        await harness.Exchange.CancelOrderAsync("ETH", stop);
        await harness.ReconcileAsync();

        alert.Severity.Should().Be(AlertSeverity.Critical);
        alert.Text.Should().StartWith("ETH: the venue position 1.5 has no stop");
        harness.Logs.All.Should().Contain(
            l => l.Level == Microsoft.Extensions.Logging.LogLevel.Critical && l.Text.Contains("has no stop", StringComparison.Ordinal),
            "a critical alert is a critical log line, for whatever pages on the log");
        unprotectedAfterTwoRuns.Should().Be(1, "an unprotected position is alerted once while it lasts");
        unprotectedWithTheStop.Should().Be(1, "a reduce-only stop at the venue protects it");
        Unprotected(harness).Should().Be(2, "losing its stop later is a new alert");
    }

    [Fact]
    public async Task A_position_of_ours_with_its_stop_and_target_is_never_alerted_as_unprotected()
    {
        await using var harness = new NodeHarness();
        await harness.StartAsync();
        await harness.OpenAsync("ETH", Direction.Long, 3000m, 2940m, 3120m);

        await harness.ReconcileAsync();

        Unprotected(harness).Should().Be(0);
        harness.Venue.OpenOrders(NodeHarness.Account).Should().Contain(o => o.ReduceOnly && o.Kind == OrderKind.StopMarket, "the router's stop is at the venue");
    }

    [Fact]
    public async Task A_stop_that_is_not_reduce_only_is_cancelled_even_beside_a_position_it_would_close()
    {
        await using var harness = new NodeHarness();
        await harness.StartAsync();
        await harness.OpenAsync("ETH", Direction.Long, 3000m, 2940m, 3120m);

        // It would close the long when it triggers, but it could as well open a short: only reduce-only orders are kept.
        await harness.Exchange.PlaceOrderAsync(new OrderRequest("ETH", OrderSide.Sell, OrderKind.StopMarket, 5m, Stray, TriggerPrice: 2900m));
        var reconciled = await harness.ReconcileAsync();
        await harness.Events.WaitFor<Alert>(a => string.Equals(a.Source, "order-router", StringComparison.Ordinal) && a.Text.Contains(Stray.ToString(), StringComparison.Ordinal));

        reconciled.OrderDivergences.Should().ContainSingle().Which.Should().Match<OrderDivergence>(d => d.ClientOrderId == Stray.ToString() && d.Action == OrderDivergenceAction.Canceled);
        harness.Venue.OpenOrders(NodeHarness.Account).Should().HaveCount(2).And.OnlyContain(o => o.ReduceOnly, "our own stop and target stay");
    }

    [Fact]
    public async Task A_protective_stop_cancelled_at_the_venue_is_adopted_as_cancelled_and_the_position_is_protected_again()
    {
        await using var harness = new NodeHarness();
        await harness.StartAsync();
        var intent = await harness.OpenAsync("ETH", Direction.Long, 3000m, 2940m, 3120m);
        var stop = ClientOrderIds.Protective(intent.IntentId, OrderRole.StopLoss, 1);
        await harness.Exchange.CancelOrderAsync("ETH", stop);

        var reconciled = await harness.ReconcileAsync();
        foreach (var replacement in new[] { ClientOrderIds.Protective(intent.IntentId, OrderRole.StopLoss, 2), ClientOrderIds.Protective(intent.IntentId, OrderRole.TakeProfit, 2) })
        {
            await harness.Events.WaitFor<OrderRouted>(r => string.Equals(r.ClientOrderId, replacement.ToString(), StringComparison.Ordinal) && r.Status == OrderStatus.Open);
        }

        var oldTarget = ClientOrderIds.Protective(intent.IntentId, OrderRole.TakeProfit, 1).ToString();
        await harness.Events.WaitFor<OrderRouted>(r => string.Equals(r.ClientOrderId, oldTarget, StringComparison.Ordinal) && r.Status == OrderStatus.Canceled);

        var divergence = reconciled.OrderDivergences.Should().ContainSingle().Subject;
        divergence.Kind.Should().Be(OrderDivergenceKind.MissingAtVenue);
        divergence.ClientOrderId.Should().Be(stop.ToString());
        divergence.JournalView.Should().Contain("StopLoss").And.Contain("Open");
        divergence.VenueView.Should().Contain("Canceled");
        harness.Venue.OpenOrders(NodeHarness.Account).Select(o => o.ClientOrderId).Should().BeEquivalentTo(
            [ClientOrderIds.Protective(intent.IntentId, OrderRole.StopLoss, 2), ClientOrderIds.Protective(intent.IntentId, OrderRole.TakeProfit, 2)]);
        harness.Venue.CountOrders(NodeHarness.Account, ClientOrderIds.Entry(intent.IntentId)).Should().Be(1);
    }

    [Fact]
    public async Task A_stop_that_triggered_at_the_venue_is_no_divergence_and_its_fill_reaches_the_ledger()
    {
        await using var harness = new NodeHarness();
        await harness.StartAsync();
        var intent = await harness.OpenAsync("ETH", Direction.Long, 3000m, 2940m, 3120m);
        harness.Venue.MovePrice("ETH", 2900m);
        harness.Venue.Positions(NodeHarness.Account).Should().BeEmpty("the venue-side stop closed the position");

        var reconciled = await harness.ReconcileAsync();
        await harness.PositionAsync("ETH", s => s == 0);
        var status = await harness.Node.OrderRouter.Ask<RouterStatus>(new GetRouterStatus(), NodeHarness.Patience);

        reconciled.OrderDivergences.Should().BeEmpty("a triggered stop and the target the venue cancelled with the position are trading, not divergence");
        reconciled.Divergences.Should().BeEmpty();
        harness.Venue.CountOrders(NodeHarness.Account, ClientOrderIds.Protective(intent.IntentId, OrderRole.StopLoss, 1)).Should().Be(1);
        (await harness.RiskAsync()).State.Should().Be(RiskState.Active);
        status.Protections.Should().Be(0);
    }

    [Fact]
    public async Task Orphan_orders_count_against_the_divergence_budget()
    {
        await using var harness = new NodeHarness(configure: s => s with { Reconciliation = s.Reconciliation with { DivergenceBudget = 1, BreachState = RiskState.Reducing } });
        await harness.Exchange.PlaceOrderAsync(new OrderRequest("ETH", OrderSide.Buy, OrderKind.Limit, 1m, Stray, LimitPrice: 2500m));
        await harness.Exchange.PlaceOrderAsync(new OrderRequest("SOL", OrderSide.Sell, OrderKind.Limit, 5m, ClientOrderId.FromSignal("another"), LimitPrice: 180m));

        await harness.StartAsync();
        await harness.Events.WaitFor<Alert>(a => a.Text.Contains("budget", StringComparison.Ordinal));

        (await harness.RiskAsync()).State.Should().Be(RiskState.Reducing);
    }

    private static int Unprotected(NodeHarness harness) =>
        harness.Events.OfType<Alert>().Count(a => string.Equals(a.Source, "reconciler", StringComparison.Ordinal) && a.Text.Contains("unprotected", StringComparison.Ordinal));
}
