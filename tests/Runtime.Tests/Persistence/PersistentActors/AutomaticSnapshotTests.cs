using Xunit.Abstractions;
using PersistenceExtension = FractalTrader.Runtime.Persistence;

namespace FractalTrader.Runtime.Tests.Persistence.PersistentActors;

using FractalTrader.TestKit;

/// <summary>Snapshots taken by the extension's settings (<see cref="PersistenceSettings.SnapshotEvery"/>, <see cref="PersistenceSettings.KeepSnapshots"/>).</summary>
public sealed class AutomaticSnapshotTests(ITestOutputHelper output) : TestKit(output)
{
    private MemoryPersistence? store;

    private MemoryPersistence Store => store ?? throw new InvalidOperationException("opened in InitializeAsync");

    public override Task InitializeAsync()
    {
        store = new MemoryPersistence(AccountSerializer.Instance, Clock);
        PersistenceExtension.Configure(Sys, store, new PersistenceSettings { SnapshotEvery = 2, KeepSnapshots = 1 });
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Every_n_events_a_snapshot_is_saved_and_older_ones_beyond_the_kept_count_are_deleted()
    {
        var probe = CreateTestProbe();
        var account = Sys.ActorOf(Props.Create(() => new Account("acc", probe.Ref)));
        probe.ExpectMsg<AccountView>();

        foreach (var amount in new[] { 1m, 2m, 3m, 4m, 5m })
        {
            account.Tell(new Account.Deposit(amount));
        }

        var seen = probe.ReceiveN(7);
        seen.OfType<Applied>().Select(a => a.SequenceNr).Should().Equal(1, 2, 3, 4, 5);
        seen.OfType<SaveSnapshotSuccess>().Select(s => s.Metadata.SequenceNr).Should().Equal(2, 4);
        await AwaitConditionAsync(() => Store.SnapshotStore.LoadAsync("acc", SnapshotSelectionCriteria.UpTo(3)).Result is null);
        (await Store.SnapshotStore.LoadAsync("acc", SnapshotSelectionCriteria.Latest))!.Snapshot.Should().Be(new AccountState(10, 4));
        var watcher = CreateTestProbe();
        watcher.Watch(account);
        Sys.Stop(account);
        watcher.ExpectTerminated(account);

        Sys.ActorOf(Props.Create(() => new Account("acc", probe.Ref)));

        probe.ExpectMsg<SnapshotOffer>().Metadata.SequenceNr.Should().Be(4);
        probe.ExpectMsg(new Applied(5, 5, Recovering: true));
        probe.ExpectMsg(new AccountView(15, 5, 5, 5));
    }

    [Fact]
    public void Settings_out_of_range_are_refused_naming_them()
    {
        var act = () => PersistenceExtension.Configure(Sys, Store, new PersistenceSettings { SnapshotEvery = 0 });

        act.Should().Throw<ArgumentException>().WithMessage("*SnapshotEvery*");
    }

    [Fact]
    public void Configuring_again_with_another_plugin_is_refused()
    {
        var act = () => PersistenceExtension.Configure(Sys, new MemoryPersistence(AccountSerializer.Instance, Clock));

        act.Should().Throw<InvalidOperationException>().WithMessage("*already has persistence*");
        PersistenceExtension.Configure(Sys, Store).Plugin.Should().BeSameAs(Store);
    }
}
