using BenchmarkDotNet.Attributes;
using FractalTrader.Runtime;
using Microsoft.Data.Sqlite;

namespace FractalTrader.Benchmarks.Persistence;

/// <summary>
/// One writer persisting one event at a time and waiting until it is durable (Persist and wait),
/// through the journal; against one autocommit INSERT per event through Microsoft.Data.Sqlite on
/// the same file (WAL, synchronous=FULL). Per event.
/// </summary>
[Config(typeof(PersistenceBenchmarkConfig))]
public class SingleWriterBenchmarks
{
    private const int Events = 200;

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

    [Benchmark(Baseline = true, OperationsPerInvoke = Events)]
    public void Raw_insert_one_row_per_commit()
    {
        var run = Interlocked.Increment(ref invocation);
        for (var sequenceNr = 1; sequenceNr <= Events; sequenceNr++)
        {
            BenchJournal.Bind(rawInsert, $"raw-{run}", sequenceNr, payload);
            rawInsert.ExecuteNonQuery();
        }
    }

    [Benchmark(OperationsPerInvoke = Events)]
    public async Task Journal_persist_and_wait_one_at_a_time()
    {
        var run = Interlocked.Increment(ref invocation);
        var persistenceId = $"journal-{run}";
        for (var sequenceNr = 1; sequenceNr <= Events; sequenceNr++)
        {
            var results = await journal.Persistence.Journal.WriteMessagesAsync(
                [new AtomicWrite(new Persistent(BenchJournal.Fill(sequenceNr), persistenceId, sequenceNr, "bench"))]);
            if (results[0] is { } rejection)
            {
                throw rejection;
            }
        }
    }
}
