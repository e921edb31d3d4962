using BenchmarkDotNet.Attributes;
using FractalTrader.Runtime;

namespace FractalTrader.Benchmarks.Persistence;

/// <summary>
/// Recovery of one persistence id with 1,000,000 events: full replay through the journal
/// (paged reads, JSON deserialization into the event type) against reading the same rows with a
/// plain SqliteDataReader and no deserialization; and recovery from a snapshot 10 events before
/// the end (load snapshot, replay the tail). The persistent-actor variants measure the same
/// through a <see cref="FillBook"/>: started, recovered, answering its first command.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PersistenceBenchmarkConfig))]
public class RecoveryBenchmarks
{
    private const int Events = 1_000_000;
    private const string PersistenceId = "portfolio";

    private BenchJournal journal = null!;
    private ActorSystem system = null!;
    private int recoveries;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        journal = await BenchJournal.CreateAsync();
        using var insert = journal.PrepareRawInsert();
        using (var transaction = journal.Raw.BeginTransaction())
        {
            insert.Transaction = transaction;
            for (var sequenceNr = 1; sequenceNr <= Events; sequenceNr++)
            {
                BenchJournal.Bind(insert, PersistenceId, sequenceNr, BenchJournal.Serializer.Serialize(BenchJournal.Fill(sequenceNr)));
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        await journal.Persistence.SnapshotStore.SaveAsync(
            new SnapshotMetadata(PersistenceId, Events - 10, DateTimeOffset.UnixEpoch), BenchJournal.Fill(Events - 10));
        system = BenchJournal.CreateSystem(journal);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await system.Terminate();
        await journal.DisposeAsync();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Events)]
    public long Raw_read_of_the_rows()
    {
        using var select = journal.Raw.CreateCommand();
        select.CommandText = "SELECT sequence_nr, manifest, payload FROM journal WHERE persistence_id = @pid ORDER BY sequence_nr";
        select.Parameters.AddWithValue("@pid", PersistenceId);
        using var reader = select.ExecuteReader();
        long bytes = 0;
        while (reader.Read())
        {
            bytes += reader.GetInt64(0) + reader.GetString(1).Length + reader.GetFieldValue<byte[]>(2).Length;
        }

        return bytes;
    }

    [Benchmark(OperationsPerInvoke = Events)]
    public async Task<long> Journal_replay_of_one_million_events()
    {
        long last = 0;
        await foreach (var persistent in journal.Persistence.Journal.ReplayMessagesAsync(PersistenceId, 1, long.MaxValue, long.MaxValue))
        {
            last = ((BenchFill)persistent.Payload).Sequence;
        }

        return last == Events ? last : throw new InvalidOperationException($"replay ended at {last}");
    }

    [Benchmark]
    public async Task<long> Recovery_from_a_snapshot_near_the_end()
    {
        var snapshot = await journal.Persistence.SnapshotStore.LoadAsync(PersistenceId, SnapshotSelectionCriteria.Latest)
            ?? throw new InvalidOperationException("no snapshot");
        var last = snapshot.Metadata.SequenceNr;
        await foreach (var persistent in journal.Persistence.Journal.ReplayMessagesAsync(PersistenceId, last + 1, long.MaxValue, long.MaxValue))
        {
            last = persistent.SequenceNr;
        }

        return last == Events ? last : throw new InvalidOperationException($"recovery ended at {last}");
    }

    [Benchmark(OperationsPerInvoke = Events)]
    public Task<long> Persistent_actor_recovery_of_one_million_events() => RecoverActorAsync(fromSnapshot: false);

    [Benchmark]
    public Task<long> Persistent_actor_recovery_from_a_snapshot_near_the_end() => RecoverActorAsync(fromSnapshot: true);

    /// <summary>Starts a <see cref="FillBook"/> on the journal's id and waits until it has recovered (commands wait for recovery).</summary>
    private async Task<long> RecoverActorAsync(bool fromSnapshot)
    {
        var book = system.ActorOf(Props.Create(() => new FillBook(PersistenceId, fromSnapshot)), $"book-{Interlocked.Increment(ref recoveries)}");
        var last = await book.Ask<long>(FillBook.LastFill.Instance, TimeSpan.FromMinutes(5));
        await book.GracefulStop(TimeSpan.FromMinutes(1));
        return last == Events ? last : throw new InvalidOperationException($"recovery ended at {last}");
    }
}
