using FractalTrader.Actors.Orders;
using FractalTrader.Actors.Tests.Node;
using FractalTrader.Exchange.Simulated.Faults;
using FractalTrader.Messages;
using FractalTrader.Messages.Orders;
using FractalTrader.Messages.Reconciliation;
using FractalTrader.Messages.Signals;
using FractalTrader.Runtime;

namespace FractalTrader.Actors.Tests.Risk;

public sealed class FailClosedTests
{
    [Fact]
    public async Task Signals_before_the_first_reconciliation_are_refused()
    {
        // After the instrument list, every request is rate limited: no reconciliation can pass.
        await using var harness = new NodeHarness(faults: FaultPlan.Parse("rate-limit@2x100000"));
        await harness.StartAsync(waitReady: false);
        await harness.Events.WaitFor<ReconciliationFailed>();

        var answer = await harness.DecideAsync(harness.Signal("ETH", Direction.Long, 3000m, 2940m, 3120m));

        harness.Node.IsReady.Should().BeFalse();
        answer.Should().BeOfType<SignalRejected>().Which.Reason.Should().Contain("first reconciliation");
        harness.Venue.OpenOrders(NodeHarness.Account).Should().BeEmpty();
    }

    [Fact]
    public async Task When_the_node_reports_ready_the_guardian_has_already_enabled_trading()
    {
        await using var harness = new NodeHarness();
        await harness.StartAsync(waitReady: false);
        var enabledAtReady = harness.Node.Ready.ContinueWith(
            _ => harness.RiskAsync(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).Unwrap();

        var status = await enabledAtReady;

        status.TradingEnabled.Should().BeTrue("readiness is reported only after the guardian took the passed reconciliation in");
    }

    [Fact]
    public async Task While_the_guardian_is_down_the_router_sends_no_entry()
    {
        await using var harness = new NodeHarness();
        await harness.StartAsync();
        var guardian = await harness.Node.RiskGuardian.Ask<BackoffSupervisor.CurrentChild>(BackoffSupervisor.GetCurrentChild.Instance, NodeHarness.Patience);
        harness.System.Stop(guardian.Ref!);
        await harness.Events.WaitFor<Messages.Risk.RiskGuardianOffline>();
        var now = harness.VenueClock.GetUtcNow();

        harness.Node.OrderRouter.Tell(new OrderIntent("stray", "stray", "ETH", Direction.Long, 1m, 3000m, 2940m, 3120m, now), ActorRefs.NoSender);
        var abandoned = await harness.Events.WaitFor<EntryAbandoned>();

        abandoned.Reason.Should().Contain("risk guardian offline");
        harness.Venue.CountOrders(NodeHarness.Account, ClientOrderIds.Entry("stray")).Should().Be(0);
    }
}
