using BenchmarkDotNet.Attributes;
using FractalTrader.Runtime;

namespace FractalTrader.Benchmarks.Persistence;

/// <summary>
/// One writer persisting one event at a time and waiting until it is durable (Persist and wait),
/// through the journal; against one autocommit INSERT per event through Microsoft.Data.Sqlite on
/// the same file (WAL, synchronous=FULL). Per event. The persistent-actor variant asks one
/// <see cref="FillBook"/> to persist each fill and waits for its answer before the next.
/// </summary>
[Config(typeof(PersistenceBenchmarkConfig))]
public class SingleWriterBenchmarks : DurableWriteBenchmark
{
    private const int Events = 200;

    [Benchmark(Baseline = true, OperationsPerInvoke = Events)]
    public void Raw_insert_one_row_per_commit()
    {
        var run = NextRun();
        RawInsert.Transaction = null;
        for (var sequenceNr = 1; sequenceNr <= Events; sequenceNr++)
        {
            BenchJournal.Bind(RawInsert, $"raw-{run}", sequenceNr, Payload);
            RawInsert.ExecuteNonQuery();
        }
    }

    [Benchmark(OperationsPerInvoke = Events)]
    public async Task Journal_persist_and_wait_one_at_a_time()
    {
        var run = NextRun();
        for (var sequenceNr = 1; sequenceNr <= Events; sequenceNr++)
        {
            await PersistAsync($"journal-{run}", sequenceNr);
        }
    }

    [Benchmark(OperationsPerInvoke = Events)]
    public async Task Persistent_actor_persist_and_wait_one_at_a_time()
    {
        var run = NextRun();
        var book = System.ActorOf(Props.Create(() => new FillBook($"actor-{run}", true)), $"book-{run}");
        for (var sequence = 1; sequence <= Events; sequence++)
        {
            await book.Ask<long>(new FillBook.RecordFill(BenchJournal.Fill(sequence)), TimeSpan.FromMinutes(1));
        }

        book.Tell(PoisonPill.Instance);
    }
}
