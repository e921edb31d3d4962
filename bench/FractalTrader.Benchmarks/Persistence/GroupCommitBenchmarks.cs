using BenchmarkDotNet.Attributes;
using FractalTrader.Runtime;
using Microsoft.Data.Sqlite;

namespace FractalTrader.Benchmarks.Persistence;

/// <summary>
/// Aggregate write throughput: 100 concurrent writers, each persisting 100 events one at a time
/// and waiting for each to be durable, through the SQLite journal's group commit; against the
/// floor of the same 10,000 rows inserted by Microsoft.Data.Sqlite directly in 100 transactions of
/// 100 rows (same file, WAL, synchronous=FULL, payloads serialized beforehand). Per event.
/// </summary>
[Config(typeof(PersistenceBenchmarkConfig))]
public class GroupCommitBenchmarks
{
    private const int Writers = 100;
    private const int EventsPerWriter = 100;

    private BenchJournal journal = null!;
    private SqliteCommand rawInsert = null!;
    private SerializedPayload payload;
    private int invocation;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        journal = await BenchJournal.CreateAsync();
        rawInsert = journal.PrepareRawInsert();
        payload = BenchJournal.Serializer.Serialize(BenchJournal.Fill(1));
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await rawInsert.DisposeAsync();
        await journal.DisposeAsync();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Writers * EventsPerWriter)]
    public void Raw_batched_insert_100_transactions_of_100_rows()
    {
        var run = Interlocked.Increment(ref invocation);
        for (var batch = 0; batch < EventsPerWriter; batch++)
        {
            using var transaction = journal.Raw.BeginTransaction();
            rawInsert.Transaction = transaction;
            for (var writer = 0; writer < Writers; writer++)
            {
                BenchJournal.Bind(rawInsert, $"raw-{run}-{writer}", batch + 1, payload);
                rawInsert.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    [Benchmark(OperationsPerInvoke = Writers * EventsPerWriter)]
    public Task Journal_100_concurrent_writers_persist_and_wait()
    {
        var run = Interlocked.Increment(ref invocation);
        var target = journal.Persistence.Journal;
        return Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            var persistenceId = $"journal-{run}-{writer}";
            for (var sequenceNr = 1; sequenceNr <= EventsPerWriter; sequenceNr++)
            {
                var results = await target.WriteMessagesAsync(
                    [new AtomicWrite(new Persistent(BenchJournal.Fill(sequenceNr), persistenceId, sequenceNr, "bench"))]);
                if (results[0] is { } rejection)
                {
                    throw rejection;
                }
            }
        })));
    }
}
