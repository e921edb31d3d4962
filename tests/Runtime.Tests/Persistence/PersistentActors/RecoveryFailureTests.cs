using FractalTrader.Testing;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;
using PersistenceExtension = FractalTrader.Runtime.Persistence;

namespace FractalTrader.Runtime.Tests.Persistence.PersistentActors;

using FractalTrader.TestKit;

/// <summary>
/// A persistent actor that cannot recover stops with an error naming persistence id, sequence nr
/// and manifest, and leaves the journal exactly as it was; other actors recover normally.
/// </summary>
public sealed class RecoveryFailureTests(ITestOutputHelper output) : TestKit(output)
{
    private readonly TemporaryFolder folder = new();
    private SqlitePersistence? store;

    private string JournalPath => folder.File("journal.db");

    private SqlitePersistence Store => store ?? throw new InvalidOperationException("opened in InitializeAsync");

    public override async Task InitializeAsync()
    {
        store = await SqlitePersistence.OpenAsync(new SqliteJournalOptions(JournalPath) { TimeProvider = Clock }, AccountSerializer.Instance);
        PersistenceExtension.Configure(Sys, store);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        folder.Dispose();
    }

    /// <summary>Throws on a deposit of 13 while recovering, as a handler with a bug would.</summary>
    private sealed class Superstitious : ReceivePersistentActor
    {
        public Superstitious(IActorRef probe)
        {
            Recover<Deposited>(d =>
            {
                if (d.Amount == 13)
                {
                    throw new InvalidDataException("13 is not a deposit");
                }
            });
            Recover<RecoveryCompleted>(_ => probe.Tell("recovered"));
            Command<string>(probe.Tell);
        }

        public override string PersistenceId => "superstitious";

        protected override void OnRecoveryFailure(Exception reason, object? message = null) => Context.System.EventStream.Publish(new RecoveryFailed(reason));
    }

    [Fact]
    public async Task An_unreadable_event_stops_the_actor_naming_id_sequence_nr_and_manifest_and_the_journal_is_untouched()
    {
        var probe = CreateTestProbe();
        var stops = CreateTestProbe();
        Sys.EventStream.Subscribe<ActorStopped>(stops.Ref);
        await WriteAsync("broken", 1, 2, 3);
        await WriteAsync("healthy", 7);
        await ExecuteAsync("UPDATE journal SET payload = CAST('{\"amount\": \"not a number\"' AS BLOB) WHERE persistence_id = 'broken' AND sequence_nr = 2");
        var before = await RowsAsync();

        var broken = probe.Watch(Sys.ActorOf(Props.Create(() => new Account("broken", probe.Ref)), "broken"));

        probe.ExpectMsg(new Applied(1, 1, Recovering: true));
        var failure = probe.ExpectMsg<RecoveryFailed>().Reason.Should().BeOfType<RecoveryFailureException>().Subject;
        (failure.PersistenceId, failure.SequenceNr, failure.Manifest).Should().Be(("broken", 2L, "deposited@1"));
        failure.Message.Should().Contain("'broken'").And.Contain("sequence nr 2").And.Contain("'deposited@1'");
        probe.ExpectTerminated(broken);
        stops.FishForMessage<ActorStopped>(s => s.Actor.Equals(broken)).Reason.Should().BeSameAs(failure);
        (await RowsAsync()).Should().Equal(before, "recovery failure changes nothing in the journal");
        Sys.ActorOf(Props.Create(() => new Account("healthy", probe.Ref)));
        probe.ExpectMsg(new Applied(7, 1, Recovering: true));
        probe.ExpectMsg(new AccountView(7, 1, 1, 1));
    }

    [Fact]
    public async Task A_recovery_handler_that_throws_stops_the_actor_naming_the_event_and_the_journal_is_untouched()
    {
        var probe = CreateTestProbe();
        var failures = CreateTestProbe();
        Sys.EventStream.Subscribe<RecoveryFailed>(failures.Ref);
        await WriteAsync("superstitious", 12, 13, 14);
        var before = await RowsAsync();

        var actor = probe.Watch(Sys.ActorOf(Props.Create(() => new Superstitious(probe.Ref))));
        actor.Tell("a command sent during recovery");

        var failure = failures.ExpectMsg<RecoveryFailed>().Reason.Should().BeOfType<RecoveryFailureException>().Subject;
        (failure.SequenceNr, failure.Manifest).Should().Be((2L, "deposited@1"));
        failure.InnerException.Should().BeOfType<InvalidDataException>();
        probe.ExpectTerminated(actor);
        probe.ExpectNoMsg();
        (await RowsAsync()).Should().Equal(before);
    }

    [Fact]
    public async Task An_unreadable_snapshot_stops_the_actor_naming_the_snapshot()
    {
        var probe = CreateTestProbe();
        var failures = CreateTestProbe();
        Sys.EventStream.Subscribe<ActorStopped>(failures.Ref);
        await WriteAsync("acc", 1, 2);
        await Store.SnapshotStore.SaveAsync(new SnapshotMetadata("acc", 2, Clock.GetUtcNow()), new AccountState(3, 2));
        await ExecuteAsync("UPDATE snapshot SET manifest = 'account-state@9' WHERE persistence_id = 'acc'");
        var before = await RowsAsync();

        var account = probe.Watch(Sys.ActorOf(Props.Create(() => new Account("acc", probe.Ref))));

        var failure = probe.ExpectMsg<RecoveryFailed>().Reason.Should().BeOfType<RecoveryFailureException>().Subject;
        (failure.PersistenceId, failure.SequenceNr, failure.Manifest).Should().Be(("acc", 2L, "account-state@9"));
        probe.ExpectTerminated(account);
        (await RowsAsync()).Should().Equal(before);
    }

    private async Task WriteAsync(string persistenceId, params decimal[] amounts)
    {
        var writes = amounts.Select((amount, i) => new AtomicWrite(new Persistent(new Deposited(amount), persistenceId, i + 1, "setup"))).ToList();
        var results = await Store.Journal.WriteMessagesAsync(writes);
        results.Should().AllSatisfy(r => r.Should().BeNull());
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={JournalPath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        (await command.ExecuteNonQueryAsync()).Should().BeGreaterThan(0);
    }

    /// <summary>Every row of the journal and snapshot tables, every column, as text.</summary>
    private async Task<IReadOnlyList<string>> RowsAsync()
    {
        var rows = new List<string>();
        await using var connection = new SqliteConnection($"Data Source={JournalPath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        foreach (var sql in new[] { "SELECT * FROM journal ORDER BY ordering", "SELECT * FROM snapshot ORDER BY persistence_id, sequence_nr" })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var values = new object[reader.FieldCount];
                reader.GetValues(values);
                rows.Add(string.Join('|', values.Select(v => v is byte[] bytes ? Convert.ToHexString(bytes) : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))));
            }
        }

        rows.Should().NotBeEmpty();
        return rows;
    }
}
