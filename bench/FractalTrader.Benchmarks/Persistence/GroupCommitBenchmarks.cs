using BenchmarkDotNet.Attributes;
using FractalTrader.Runtime;

namespace FractalTrader.Benchmarks.Persistence;

/// <summary>
/// Aggregate write throughput: 100 concurrent writers, each persisting 100 events one at a time
/// and waiting for each to be durable, through the SQLite journal's group commit; against the
/// floor of the same 10,000 rows inserted by Microsoft.Data.Sqlite directly in 100 transactions of
/// 100 rows (same file, WAL, synchronous=FULL, payloads serialized beforehand). Per event.
/// The persistent-actor variant is the measure: 100 <see cref="FillBook"/> actors, each
/// told 100 fills, each fill persisted and its handler run before the next command.
/// </summary>
[Config(typeof(PersistenceBenchmarkConfig))]
public class GroupCommitBenchmarks : DurableWriteBenchmark
{
    private const int Writers = 100;
    private const int EventsPerWriter = 100;

    [Benchmark(Baseline = true, OperationsPerInvoke = Writers * EventsPerWriter)]
    public void Raw_batched_insert_100_transactions_of_100_rows()
    {
        var run = NextRun();
        for (var batch = 0; batch < EventsPerWriter; batch++)
        {
            using var transaction = Journal.Raw.BeginTransaction();
            RawInsert.Transaction = transaction;
            for (var writer = 0; writer < Writers; writer++)
            {
                BenchJournal.Bind(RawInsert, $"raw-{run}-{writer}", batch + 1, Payload);
                RawInsert.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    [Benchmark(OperationsPerInvoke = Writers * EventsPerWriter)]
    public Task Journal_100_concurrent_writers_persist_and_wait()
    {
        var run = NextRun();
        return Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            for (var sequenceNr = 1; sequenceNr <= EventsPerWriter; sequenceNr++)
            {
                await PersistAsync($"journal-{run}-{writer}", sequenceNr);
            }
        })));
    }

    [Benchmark(OperationsPerInvoke = Writers * EventsPerWriter)]
    public Task Persistent_actors_100_concurrent_persist_each_command()
    {
        var run = NextRun();
        var books = Enumerable.Range(0, Writers)
            .Select(writer => System.ActorOf(Props.Create(() => new FillBook($"actor-{run}-{writer}", true)), $"book-{run}-{writer}"))
            .ToArray();
        foreach (var book in books)
        {
            for (var sequence = 1; sequence <= EventsPerWriter; sequence++)
            {
                book.Tell(BenchJournal.Fill(sequence));
            }
        }

        return Task.WhenAll(books.Select(async book =>
        {
            await book.Ask<long>(new FillBook.FillsPersisted(EventsPerWriter), TimeSpan.FromMinutes(5));
            book.Tell(PoisonPill.Instance);
        }));
    }
}
