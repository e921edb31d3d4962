using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using FractalTrader.Runtime;

namespace FractalTrader.Benchmarks.Persistence;

/// <summary>
/// Aggregate write throughput: 100 concurrent writers, each persisting 100 events one at a time
/// and waiting for each to be durable, through the SQLite journal's group commit; against the
/// floor of the same 10,000 rows inserted by Microsoft.Data.Sqlite directly in 100 transactions of
/// 100 rows (same file, WAL, synchronous=FULL, payloads serialized beforehand). Per event.
/// The persistent-actor variant is the measure: 100 <see cref="FillBook"/> actors, each
/// told 100 fills, each fill persisted and its handler run before the next command. The paired
/// variant runs the baseline and the actors in turns and prints their ratio pair by pair.
/// </summary>
[Config(typeof(GroupCommitBenchmarkConfig))]
public class GroupCommitBenchmarks : DurableWriteBenchmark
{
    private const int Writers = 100;
    private const int EventsPerWriter = 100;
    private const int Events = Writers * EventsPerWriter;

    private readonly List<double> pairs = [];

    [Benchmark(Baseline = true, OperationsPerInvoke = Writers * EventsPerWriter)]
    public void Raw_batched_insert_100_transactions_of_100_rows() => RawInsert100By100(NextRun());

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
    public Task Persistent_actors_100_concurrent_persist_each_command() => ActorsPersist100Each(NextRun());

    /// <summary>
    /// The baseline and the 100 actors back to back in every invocation, in turns first, each timed
    /// on its own and started from a settled state (see <see cref="Settle"/>); prints each pair's
    /// throughput ratio (actors ÷ raw) and the median so far (<c>// [paired]</c> lines; the last is
    /// the run's result). This VM's disk has fast and slow phases lasting minutes, longer than one
    /// benchmark's iterations, so the ratio of two means measured minutes apart swings with them;
    /// the median of pairs taken seconds apart does not.
    /// </summary>
    [Benchmark(OperationsPerInvoke = 2 * Writers * EventsPerWriter)]
    public async Task Paired_raw_and_actors_in_turns()
    {
        var rawFirst = pairs.Count % 2 == 0;
        var raw = TimeSpan.Zero;
        var actors = TimeSpan.Zero;
        for (var turn = 0; turn < 2; turn++)
        {
            Settle();
            var started = Stopwatch.GetTimestamp();
            var rawTurn = (turn == 0) == rawFirst;
            if (rawTurn)
            {
                RawInsert100By100(NextRun());
                raw = Stopwatch.GetElapsedTime(started);
            }
            else
            {
                await ActorsPersist100Each(NextRun());
                actors = Stopwatch.GetElapsedTime(started);
            }
        }

        pairs.Add(raw / actors);
        var measured = pairs.Skip(GroupCommitBenchmarkConfig.Warmups).Order().ToList();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"// [paired] pair {pairs.Count}: raw {raw.TotalMicroseconds / Events:F2} us/row, actors {actors.TotalMicroseconds / Events:F2} us/event, ratio {pairs[^1]:F2}; median of {measured.Count} measured pairs {Median(measured):F2}"));
    }

    /// <summary>
    /// Starts a turn from the same state whichever side ran before, untimed: no garbage of the other
    /// side left for this one to collect, and the write-ahead log copied into the database (a
    /// commit that overflows the log copies it, so otherwise one side would pay for the other's
    /// pages). RESTART, not TRUNCATE: the log keeps its file, so neither side pays for growing it.
    /// </summary>
    private void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var checkpoint = Journal.Raw.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(RESTART)";
        checkpoint.ExecuteNonQuery();
    }

    private static double Median(List<double> sorted) => sorted.Count == 0
        ? double.NaN
        : (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2;

    private void RawInsert100By100(int run)
    {
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

    private Task ActorsPersist100Each(int run)
    {
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

        // Each actor is stopped and gone before the run ends, so no teardown spills into what runs next.
        return Task.WhenAll(books.Select(async book =>
        {
            await book.Ask<long>(new FillBook.FillsPersisted(EventsPerWriter), TimeSpan.FromMinutes(5));
            await book.GracefulStop(TimeSpan.FromMinutes(1));
        }));
    }
}
