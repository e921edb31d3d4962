using Xunit.Abstractions;
using PersistenceExtension = FractalTrader.Runtime.Persistence;

namespace FractalTrader.Runtime.Tests.Persistence.PersistentActors;

using FractalTrader.TestKit;

/// <summary>
/// How a <see cref="ReceivePersistentActor"/> behaves, on every plugin: each subclass opens a real
/// store (in memory, SQLite) behind a <see cref="ControlledPersistence"/> that can hold or fail writes.
/// </summary>
public abstract class PersistentActorSpecs(ITestOutputHelper output) : TestKit(output)
{
    private ControlledPersistence? store;

    protected ControlledPersistence Store => store ?? throw new InvalidOperationException("The store is opened in InitializeAsync.");

    public override async Task InitializeAsync()
    {
        store = new ControlledPersistence(await OpenAsync(AccountSerializer.Instance, Clock));
        PersistenceExtension.Configure(Sys, store);
    }

    /// <summary>Opens a fresh, empty plugin.</summary>
    protected abstract Task<IPersistencePlugin> OpenAsync(EventSerializer serializer, TimeProvider clock);

    [Fact]
    public void Handlers_run_after_the_write_in_call_order_and_before_the_next_command()
    {
        var probe = CreateTestProbe();
        var account = StartAccount("acc", probe);

        account.Tell(new Account.DepositEach(1, 2, 3));
        account.Tell(new Account.GetState());

        probe.ExpectMsg("command handled", hint: "the command handler returns before any persist handler runs");
        probe.ExpectMsg(new Applied(1, 1, Recovering: false));
        probe.ExpectMsg(new Applied(2, 2, Recovering: false));
        probe.ExpectMsg(new Applied(3, 3, Recovering: false));
        ExpectMsg(new AccountView(6, 3, 3, 3));
        var write = Store.Writes.Should().ContainSingle("three Persist calls of one command go to the journal together").Subject;
        write.Select(w => w.Payload.Count).Should().Equal([1, 1, 1], "each Persist is its own atomic write");
    }

    [Fact]
    public void Commands_arriving_while_a_write_is_in_flight_wait_until_its_handler_ran()
    {
        var probe = CreateTestProbe();
        var account = StartAccount("acc", probe);
        Store.Hold();

        account.Tell(new Account.Deposit(5));
        account.Tell(new Account.GetState());
        AwaitCondition(() => !Store.Writes.IsEmpty);
        ExpectNoMsg();
        probe.ExpectNoMsg();
        Store.Release();

        probe.ExpectMsg(new Applied(5, 1, Recovering: false));
        ExpectMsg("deposited 5");
        ExpectMsg(new AccountView(5, 1, 1, 1), hint: "the query waited for the deposit's handler");
    }

    [Fact]
    public void Events_persisted_in_handlers_are_handled_after_the_outer_handlers()
    {
        var probe = CreateTestProbe();
        var account = StartAccount("acc", probe);

        account.Tell(new Account.DepositNested());
        account.Tell(new Account.GetState());

        probe.ReceiveN(4).Cast<Applied>().Select(a => (a.Amount, a.SequenceNr)).Should().Equal((1m, 1L), (2m, 2L), (10m, 3L), (20m, 4L));
        ExpectMsg(new AccountView(33, 4, 4, 4));
    }

    [Fact]
    public void DeferAsync_runs_after_the_handlers_of_earlier_persists_and_at_once_when_none_is_pending()
    {
        var probe = CreateTestProbe();
        var account = StartAccount("acc", probe);

        account.Tell(new Account.DepositAndDefer(1, 2));

        probe.ReceiveN(6).Should().Equal(
            "deferred with nothing pending",
            "command handled",
            new Applied(1, 1, Recovering: false),
            "deferred after the first",
            new Applied(2, 2, Recovering: false),
            "deferred last");
    }

    [Fact]
    public async Task PersistAll_is_one_atomic_write_and_its_handler_runs_for_each_event_in_order()
    {
        var probe = CreateTestProbe();
        var account = StartAccount("acc", probe);

        account.Tell(new Account.DepositAll(1, 2, 3));

        probe.ReceiveN(3).Should().Equal(new Applied(1, 1, false), new Applied(2, 2, false), new Applied(3, 3, false));
        var write = Store.Writes.Should().ContainSingle().Subject.Should().ContainSingle("PersistAll is one atomic write").Subject;
        write.Payload.Select(p => p.SequenceNr).Should().Equal(1, 2, 3);
        (await ReplayAsync("acc")).Should().Equal(new Deposited(1), new Deposited(2), new Deposited(3));
    }

    [Fact]
    public async Task A_PersistAll_with_one_unserializable_event_is_rejected_whole_and_the_actor_carries_on()
    {
        var probe = CreateTestProbe();
        var account = StartAccount("acc", probe);

        account.Tell(new Account.DepositAllWithUnregistered());

        var rejections = probe.ReceiveN(3).Cast<Rejected>().ToList();
        rejections.Select(r => (r.EventType, r.SequenceNr)).Should().Equal(("Deposited", 1L), ("Unregistered", 2L), ("Deposited", 3L));
        rejections.Should().AllSatisfy(r => r.Cause.Should().BeOfType<EventSerializationException>());
        account.Tell(new Account.Deposit(7));
        probe.ExpectMsg(new Applied(7, 4, Recovering: false), hint: "the rejected sequence numbers are skipped, as in Akka");
        (await ReplayAsync("acc")).Should().Equal([new Deposited(7)], "nothing of the rejected write was stored");
    }

    [Fact]
    public async Task A_rejected_event_skips_its_handler_and_later_persists_of_the_command_still_run()
    {
        var probe = CreateTestProbe();
        var account = StartAccount("acc", probe);

        account.Tell(new Account.PersistUnregistered());
        account.Tell(new Account.GetState());

        var rejected = probe.ExpectMsg<Rejected>();
        (rejected.EventType, rejected.SequenceNr).Should().Be(("Unregistered", 1L));
        rejected.Cause.Message.Should().Contain("'acc'").And.Contain("Unregistered");
        probe.ExpectMsg(new Applied(1, 2, Recovering: false));
        ExpectMsg(new AccountView(1, 1, 2, 2));
        probe.ExpectNoMsg();
        (await ReplayAsync("acc")).Should().Equal(new Deposited(1));
    }

    [Fact]
    public void Recovery_replays_every_event_and_commands_sent_meanwhile_wait_for_it()
    {
        var probe = CreateTestProbe();
        var first = StartAccount("acc", probe);
        first.Tell(new Account.DepositEach(1, 2, 3));
        probe.ReceiveN(4);
        StopAndAwait(first);

        var second = Sys.ActorOf(Props.Create(() => new Account("acc", probe.Ref)));
        second.Tell(new Account.GetState());

        probe.ReceiveN(4).Should().Equal(new Applied(1, 1, true), new Applied(2, 2, true), new Applied(3, 3, true), new AccountView(6, 3, 3, 3));
        ExpectMsg(new AccountView(6, 3, 3, 3), hint: "the command was held until RecoveryCompleted");
        second.Tell(new Account.Deposit(4));
        ExpectMsg("deposited 4");
        probe.ExpectMsg(new Applied(4, 4, false), hint: "sequence numbers continue after recovery");
    }

    [Fact]
    public void Recovery_starts_from_the_latest_snapshot_then_replays_only_the_events_after_it()
    {
        var probe = CreateTestProbe();
        var first = StartAccount("acc", probe);
        first.Tell(new Account.DepositEach(1, 2));
        probe.ReceiveN(3);
        first.Tell(new Account.TakeSnapshot());
        probe.ExpectMsg<SaveSnapshotSuccess>().Metadata.Should().Be(new SnapshotMetadata("acc", 2, Clock.GetUtcNow()));
        first.Tell(new Account.Deposit(3));
        probe.ExpectMsg<Applied>();
        StopAndAwait(first);

        Sys.ActorOf(Props.Create(() => new Account("acc", probe.Ref)));

        var offer = probe.ExpectMsg<SnapshotOffer>();
        (offer.Metadata.SequenceNr, offer.Snapshot).Should().Be((2L, new AccountState(3, 2)));
        probe.ExpectMsg(new Applied(3, 3, Recovering: true));
        probe.ExpectMsg(new AccountView(6, 3, 3, 3));
    }

    [Fact]
    public void Deleted_events_are_not_replayed_and_sequence_numbers_keep_counting()
    {
        var probe = CreateTestProbe();
        var first = StartAccount("acc", probe);
        first.Tell(new Account.DepositEach(1, 2, 3));
        probe.ReceiveN(4);
        first.Tell(new Account.DeleteEventsUpTo(2));
        probe.ExpectMsg(new DeleteMessagesSuccess(2));
        first.Tell(new Account.DeleteEventsUpTo(9));
        probe.ExpectMsg<DeleteMessagesFailure>().Cause.Should().BeOfType<ArgumentOutOfRangeException>();
        StopAndAwait(first);

        var second = Sys.ActorOf(Props.Create(() => new Account("acc", probe.Ref)));

        probe.ExpectMsg(new Applied(3, 3, Recovering: true));
        probe.ExpectMsg(new AccountView(3, 1, 3, 3));
        second.Tell(new Account.Deposit(4));
        probe.ExpectMsg(new Applied(4, 4, Recovering: false));
    }

    [Fact]
    public void Deleted_snapshots_are_not_offered()
    {
        var probe = CreateTestProbe();
        var first = StartAccount("acc", probe);
        foreach (var amount in new[] { 1m, 2m, 3m })
        {
            first.Tell(new Account.Deposit(amount));
            probe.ExpectMsg<Applied>();
            first.Tell(new Account.TakeSnapshot());
            probe.ExpectMsg<SaveSnapshotSuccess>();
        }

        first.Tell(new Account.DeleteSnapshotAt(3));
        probe.ExpectMsg<DeleteSnapshotSuccess>().Metadata.SequenceNr.Should().Be(3);
        first.Tell(new Account.DeleteSnapshotsUpTo(1));
        probe.ExpectMsg(new DeleteSnapshotsSuccess(SnapshotSelectionCriteria.UpTo(1)));
        StopAndAwait(first);

        Sys.ActorOf(Props.Create(() => new Account("acc", probe.Ref)));

        probe.ExpectMsg<SnapshotOffer>().Metadata.SequenceNr.Should().Be(2, "snapshot 3 was deleted, and 1 with the criteria");
        probe.ExpectMsg(new Applied(3, 3, Recovering: true));
        probe.ExpectMsg(new AccountView(6, 3, 3, 3));
    }

    [Fact]
    public void The_actors_own_stash_works_beside_persistence()
    {
        var probe = CreateTestProbe();
        var vault = Sys.ActorOf(Props.Create(() => new Vault(probe.Ref)));
        probe.ExpectMsg("recovered open=False balance=0");

        vault.Tell(new Account.Deposit(1));
        vault.Tell(new Account.Deposit(2));
        vault.Tell("open");
        vault.Tell(new Account.Deposit(3));

        probe.ReceiveN(4).Should().Equal("opened", "deposited 1, balance 1", "deposited 2, balance 3", "deposited 3, balance 6");
        StopAndAwait(vault);
        Sys.ActorOf(Props.Create(() => new Vault(probe.Ref)));
        probe.ExpectMsg("recovered open=True balance=6");
    }

    [Fact]
    public void A_command_that_throws_restarts_the_actor_which_recovers_the_same_state()
    {
        var probe = CreateTestProbe();
        var account = StartAccount("acc", probe);
        account.Tell(new Account.DepositEach(1, 2));
        probe.ReceiveN(3);
        account.Tell(new Account.GetState());
        var before = ExpectMsg<AccountView>();

        EventFilter.Exception<InvalidOperationException>().ExpectOne(() => account.Tell(new Account.Crash("bad command")));

        probe.ReceiveN(3).Should().Equal(new Applied(1, 1, true), new Applied(2, 2, true), before);
        account.Tell(new Account.GetState());
        ExpectMsg(before);
    }

    [Fact]
    public void A_storage_failure_stops_the_actor_and_a_backoff_supervisor_starts_it_again_with_the_durable_state()
    {
        var probe = CreateTestProbe();
        var stops = CreateTestProbe();
        Sys.EventStream.Subscribe<ActorStopped>(stops.Ref);
        var options = Backoff.OnStop(Props.Create(() => new Account("acc", probe.Ref)), "account", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), 0);
        var supervisor = Sys.ActorOf(BackoffSupervisor.Props(options), "account-supervisor");
        probe.ExpectMsg(new AccountView(0, 0, 0, 0));
        supervisor.Tell(new Account.DepositEach(1, 2));
        probe.ReceiveN(3);
        supervisor.Tell(new Account.GetState());
        var before = ExpectMsg<AccountView>();

        Store.FailNextWrite(new JournalStorageException("journal.db: disk I/O error"));
        supervisor.Tell(new Account.Deposit(100));

        var failed = probe.ExpectMsg<PersistFailed>();
        (failed.EventType, failed.SequenceNr, failed.Cause.Message).Should().Be(("Deposited", 3L, "journal.db: disk I/O error"));
        stops.FishForMessage<ActorStopped>(s => string.Equals(s.Actor.Path.Name, "account", StringComparison.Ordinal)).Reason.Should().BeOfType<JournalStorageException>();
        probe.ExpectNoMsg();
        Clock.Advance(TimeSpan.FromSeconds(1));
        probe.ReceiveN(3).Should().Equal(new Applied(1, 1, true), new Applied(2, 2, true), before);
        supervisor.Tell(new Account.Deposit(4));
        probe.ExpectMsg(new Applied(4, 3, Recovering: false));
    }

    [Fact]
    public async Task A_second_live_actor_with_the_same_persistence_id_fails_to_persist_and_the_first_ones_events_stay()
    {
        var probe = CreateTestProbe();
        var twinProbe = CreateTestProbe();
        var first = StartAccount("acc", probe);
        var twin = twinProbe.Watch(StartAccount("acc", twinProbe));

        first.Tell(new Account.Deposit(1));
        probe.ExpectMsg(new Applied(1, 1, false));
        twin.Tell(new Account.Deposit(50));

        twinProbe.ExpectMsg<PersistFailed>().Cause.Should().BeOfType<JournalWriteConflictException>();
        twinProbe.ExpectTerminated(twin);
        first.Tell(new Account.Deposit(2));
        probe.ExpectMsg(new Applied(2, 2, false));
        (await ReplayAsync("acc")).Should().Equal(new Deposited(1), new Deposited(2));
    }

    [Fact]
    public async Task Tagged_events_are_stored_with_their_tags_and_replayed_as_the_payload()
    {
        var probe = CreateTestProbe();
        var account = StartAccount("acc", probe);

        account.Tell(new Account.DepositTagged(5, "fills"));
        probe.ExpectMsg(new Applied(5, 1, false));

        var tagged = new List<EventEnvelope>();
        await foreach (var envelope in Store.ReadJournal.CurrentEventsByTag("fills"))
        {
            tagged.Add(envelope);
        }

        tagged.Should().ContainSingle().Which.Event.Should().Be(new Deposited(5));
        (await ReplayAsync("acc")).Should().Equal(new Deposited(5));
    }

    [Fact]
    public void A_system_without_persistence_fails_to_start_a_persistent_actor_with_a_clear_error()
    {
        var other = ActorSystem.Create("no-persistence", new ActorSystemOptions { TimeProvider = Clock });
        try
        {
            var act = () => PersistenceExtension.Apply(other);

            act.Should().Throw<InvalidOperationException>().WithMessage("*no persistence*Persistence.Configure*");
        }
        finally
        {
            _ = other.Terminate();
        }
    }

    protected IActorRef StartAccount(string id, TestProbe probe)
    {
        var account = Sys.ActorOf(Props.Create(() => new Account(id, probe.Ref)));
        probe.ExpectMsg<AccountView>(hint: $"{id} recovered");
        return account;
    }

    protected void StopAndAwait(IActorRef actor)
    {
        var watcher = CreateTestProbe();
        watcher.Watch(actor);
        Sys.Stop(actor);
        watcher.ExpectTerminated(actor);
    }

    protected async Task<IReadOnlyList<object>> ReplayAsync(string persistenceId)
    {
        var events = new List<object>();
        await foreach (var persistent in Store.Inner.Journal.ReplayMessagesAsync(persistenceId, 1, long.MaxValue, long.MaxValue))
        {
            events.Add(persistent.Payload);
        }

        return events;
    }
}
