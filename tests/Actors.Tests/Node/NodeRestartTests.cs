using FractalTrader.Actors.Orders;
using FractalTrader.Messages;
using FractalTrader.Messages.Reconciliation;
using FractalTrader.Runtime;

namespace FractalTrader.Actors.Tests.Node;

public sealed class NodeRestartTests
{
    [Fact]
    public async Task A_restarted_node_rebuilds_the_same_positions_from_its_journal_shorts_included()
    {
        await using var harness = new NodeHarness(sqlite: true);
        await harness.StartAsync();
        await harness.OpenAsync("ETH", Direction.Long, 3000m, 2940m, 3120m);
        await harness.OpenAsync("SOL", Direction.Short, 150m, 153m, 144m);
        var before = await harness.PortfolioAsync();
        await harness.StopAsync();

        await harness.StartAsync();
        var after = await harness.PortfolioAsync();
        var reconciled = await harness.Events.WaitFor<ReconciliationCompleted>();

        after.Positions.Select(p => (p.Symbol, p.SignedSize, p.EntryPrice)).Should().BeEquivalentTo(before.Positions.Select(p => (p.Symbol, p.SignedSize, p.EntryPrice)));
        after.Positions.Should().Contain(p => string.Equals(p.Symbol, "SOL", StringComparison.Ordinal) && p.SignedSize < 0, "a short stays a short after a restart");
        after.Fills.Should().Be(before.Fills);
        reconciled.Divergences.Should().BeEmpty("the rebuilt ledger equals the venue");
    }

    [Fact]
    public async Task The_persistent_actors_snapshot_every_n_events_and_recover_from_the_snapshot()
    {
        await using var harness = new NodeHarness(sqlite: true);
        await harness.StartAsync();
        await harness.OpenAsync("ETH", Direction.Long, 3000m, 2940m, 3120m);
        var routerBefore = await harness.Node.OrderRouter.Ask<Messages.Orders.RouterStatus>(new Messages.Orders.GetRouterStatus(), NodeHarness.Patience);
        var snapshot = await Persistence.Apply(harness.System).SnapshotStore.LoadAsync(OrderRouterActor.Id, SnapshotSelectionCriteria.Latest);
        await harness.StopAsync();

        await harness.StartAsync();
        var routerAfter = await harness.Node.OrderRouter.Ask<Messages.Orders.RouterStatus>(new Messages.Orders.GetRouterStatus(), NodeHarness.Patience);

        snapshot.Should().NotBeNull();
        snapshot!.Snapshot.Should().BeOfType<Messages.Orders.OrderRouterSnapshot>();
        routerAfter.Open.Should().Be(routerBefore.Open).And.Be(2);
        routerAfter.Protections.Should().Be(1);
    }

    [Fact]
    public async Task A_node_killed_without_stopping_recovers_its_positions_and_places_nothing_twice()
    {
        await using var harness = new NodeHarness(sqlite: true);
        await harness.StartAsync();
        var signal = harness.Signal("ETH", Direction.Long, 3000m, 2940m, 3120m);
        await harness.DecideAsync(signal);
        await harness.PositionAsync("ETH", s => s > 0);
        await harness.Events.WaitFor<Messages.Orders.OrderRouted>(r => r.Role == Messages.Orders.OrderRole.TakeProfit);
        await harness.CrashAsync();

        await harness.StartAsync();
        var replayed = await harness.DecideAsync(signal);

        replayed.Should().BeOfType<Messages.Signals.SignalRejected>("the signal was decided before the crash");
        (await harness.PortfolioAsync()).Positions.Should().ContainSingle(p => string.Equals(p.Symbol, "ETH", StringComparison.Ordinal) && p.SignedSize > 0);
        harness.Venue.CountOrders(NodeHarness.Account, ClientOrderIds.Entry(signal.SignalId)).Should().Be(1);
        harness.Venue.OpenOrders(NodeHarness.Account).Should().HaveCount(2, "the protective orders are not placed again");
    }
}
