using FractalTrader.Actors.Orders;
using FractalTrader.Actors.Tests.Node;
using FractalTrader.Exchange.Orders;
using FractalTrader.Exchange.Simulated.Faults;
using FractalTrader.Messages;
using FractalTrader.Messages.Orders;
using FractalTrader.Runtime;

namespace FractalTrader.Actors.Tests.Orders;

public sealed class OrderRouterRecoveryTests
{
    [Fact]
    public async Task After_a_restart_orders_in_flight_are_settled_by_client_id_and_never_placed_twice()
    {
        await using var harness = new NodeHarness(sqlite: true);
        var now = harness.VenueClock.GetUtcNow();
        var sent = ClientOrderIds.Entry("intent-sent");
        var unsent = ClientOrderIds.Entry("intent-unsent");
        var system = await harness.StartSystemAsync();
        var writer = system.ActorOf(Props.Create(() => new JournalWriter(OrderRouterActor.Id, new object[]
        {
            new OrderRequested(sent.ToString(), "intent-sent", OrderRole.Entry, "ETH", Side.Buy, OrderType.Market, 1m, null, null, false, now, 2940m, 3120m),
            new OrderRequested(unsent.ToString(), "intent-unsent", OrderRole.Entry, "SOL", Side.Sell, OrderType.Market, 5m, null, null, false, now, 153m, 144m),
        })));
        await writer.Ask<JournalWriter.Written>(new JournalWriter.Write(), NodeHarness.Patience);
        await system.Terminate().WaitAsync(NodeHarness.Patience);
        // The first one reached the venue before the crash; its answer was lost with the process.
        await harness.Exchange.PlaceOrderAsync(new OrderRequest("ETH", OrderSide.Buy, OrderKind.Market, 1m, sent, TimeInForce: TimeInForce.ImmediateOrCancel));

        await harness.StartAsync();
        var settledSent = await harness.Events.WaitFor<OrderRouted>(r => string.Equals(r.ClientOrderId, sent.ToString(), StringComparison.Ordinal));
        var settledUnsent = await harness.Events.WaitFor<OrderRouted>(r => string.Equals(r.ClientOrderId, unsent.ToString(), StringComparison.Ordinal));
        await harness.Events.WaitFor<OrderRouted>(r => r.Role == OrderRole.TakeProfit && r.Status == OrderStatus.Open);
        var status = await harness.Node.OrderRouter.Ask<RouterStatus>(new GetRouterStatus(), NodeHarness.Patience);

        settledSent.Status.Should().Be(OrderStatus.Filled);
        settledUnsent.Status.Should().Be(OrderStatus.NotPlaced);
        harness.Venue.CountOrders(NodeHarness.Account, sent).Should().Be(1);
        harness.Venue.CountOrders(NodeHarness.Account, unsent).Should().Be(0, "an order whose sending is unknown is looked up, never sent again");
        status.Recovered.Should().BeTrue();
        status.Unsettled.Should().Be(0);
        (await harness.PortfolioAsync()).Positions.Should().ContainSingle(p => string.Equals(p.Symbol, "ETH", StringComparison.Ordinal)).Which.SignedSize.Should().Be(1m);
        harness.Venue.OpenOrders(NodeHarness.Account).Should().HaveCount(2).And.OnlyContain(o => o.ReduceOnly, "the recovered entry still gets its stop and target");
    }

    [Fact]
    public async Task A_timeout_before_the_order_left_is_settled_as_not_placed_and_not_retried()
    {
        await using var harness = new NodeHarness(faults: FaultPlan.Parse("timeout-before@1"));
        await harness.StartAsync();

        var intent = (OrderIntent)await harness.DecideAsync(harness.Signal("ETH", Direction.Long, 3000m, 2940m, 3120m));
        var settled = await harness.Events.WaitFor<OrderRouted>(r => r.Role == OrderRole.Entry);
        var abandoned = await harness.Events.WaitFor<EntryAbandoned>();

        settled.Status.Should().Be(OrderStatus.NotPlaced);
        abandoned.IntentId.Should().Be(intent.IntentId);
        harness.Venue.CountOrders(NodeHarness.Account, ClientOrderIds.Entry(intent.IntentId)).Should().Be(0);
        harness.Venue.Positions(NodeHarness.Account).Should().BeEmpty();
    }

    [Fact]
    public async Task An_answer_lost_after_the_order_left_is_settled_by_its_status_with_exactly_one_order()
    {
        await using var harness = new NodeHarness(faults: FaultPlan.Parse("timeout-after@1"));
        await harness.StartAsync();

        var intent = (OrderIntent)await harness.DecideAsync(harness.Signal("ETH", Direction.Long, 3000m, 2940m, 3120m));
        var opened = await harness.PositionAsync("ETH", s => s > 0);

        opened.SignedSize.Should().Be(intent.Size);
        harness.Venue.CountOrders(NodeHarness.Account, ClientOrderIds.Entry(intent.IntentId)).Should().Be(1);
        harness.Venue.Positions(NodeHarness.Account).Should().ContainSingle().Which.SignedSize.Should().Be(intent.Size);
    }

    [Fact]
    public async Task The_venues_dead_mans_switch_is_armed_while_trading()
    {
        await using var harness = new NodeHarness();
        await harness.StartAsync();
        await harness.OpenAsync("ETH", Direction.Long, 3000m, 2940m, 3120m);
        harness.Venue.OpenOrders(NodeHarness.Account).Should().HaveCount(2);

        // No refresh comes (the node's timers do not run here): the venue cancels everything once the window passes.
        harness.VenueClock.Advance(harness.Settings.Orders.DeadManWindow + TimeSpan.FromSeconds(1));

        harness.Venue.OpenOrders(NodeHarness.Account).Should().BeEmpty();
    }
}
