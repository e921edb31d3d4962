using FractalTrader.Messages;
using FractalTrader.Messages.Orders;
using FractalTrader.Messages.Risk;
using FractalTrader.Messages.Signals;
using FractalTrader.Runtime;

namespace FractalTrader.Actors.Tests.Node;

public sealed class EmergencyStopTests
{
    [Fact]
    public async Task Emergency_stop_cancels_every_order_flattens_with_reduce_only_orders_and_halts()
    {
        await using var harness = new NodeHarness();
        await harness.StartAsync();
        await harness.OpenAsync("ETH", Direction.Long, 3000m, 2940m, 3120m);
        await harness.OpenAsync("SOL", Direction.Short, 150m, 153m, 144m);

        var status = await harness.Node.RiskGuardian.Ask<RiskStatus>(new EmergencyStop("drill"), NodeHarness.Patience);
        await harness.PositionAsync("ETH", s => s == 0);
        await harness.PositionAsync("SOL", s => s == 0);
        var exits = harness.Events.OfType<OrderRouted>().Where(r => r.Role == OrderRole.Exit).ToList();
        var after = await harness.DecideAsync(harness.Signal("BTC", Direction.Long, 60000m, 59000m, 62000m));

        status.State.Should().Be(RiskState.Halted);
        harness.Venue.Positions(NodeHarness.Account).Should().BeEmpty();
        harness.Venue.OpenOrders(NodeHarness.Account).Should().BeEmpty();
        exits.Should().HaveCount(2);
        exits.Select(e => harness.Venue.OrderStatus(NodeHarness.Account, Exchange.Orders.ClientOrderId.Parse(e.ClientOrderId))!.Order.ReduceOnly).Should().OnlyContain(r => r);
        after.Should().BeOfType<SignalRejected>().Which.Reason.Should().Contain("HALTED");
    }

    [Fact]
    public async Task Halt_refuses_new_signals_and_resume_allows_them_again()
    {
        await using var harness = new NodeHarness();
        await harness.StartAsync();

        (await harness.Node.RiskGuardian.Ask<RiskStatus>(new Halt("maintenance"), NodeHarness.Patience)).State.Should().Be(RiskState.Halted);
        var refused = await harness.DecideAsync(harness.Signal("ETH", Direction.Long, 3000m, 2940m, 3120m));
        harness.VenueClock.Advance(TimeSpan.FromMinutes(1));
        (await harness.Node.RiskGuardian.Ask<RiskStatus>(new Resume("done"), NodeHarness.Patience)).State.Should().Be(RiskState.Active);
        harness.VenueClock.Advance(TimeSpan.FromHours(1));
        var approved = await harness.DecideAsync(harness.Signal("ETH", Direction.Long, 3000m, 2940m, 3120m));

        refused.Should().BeOfType<SignalRejected>();
        approved.Should().BeOfType<OrderIntent>();
    }
}
