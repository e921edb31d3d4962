using System.Globalization;
using FractalTrader.TestKit.Persistence;
using FractalTrader.Testing;
using Xunit.Abstractions;

namespace FractalTrader.Runtime.Tests.Persistence.Sqlite;

/// <summary>
/// kill -9 drill: a child process writes batches to a SQLite journal and acknowledges each
/// durable one; it is killed with SIGKILL at random points. After every kill the journal must open
/// cleanly, hold every acknowledged event, and hold no partial batch. 30 rounds by default (and in
/// CI); FRACTAL_CRASH_ROUNDS sets more.
/// </summary>
public sealed class SqliteCrashTests(ITestOutputHelper output) : IDisposable
{
    private const int Writers = 4;

    private readonly TemporaryFolder folder = new();

    /// <summary>The child's event, read here under the same manifest through a type of our own.</summary>
    private sealed record CrashEvent(long Batch, int Index, int Size, string Filler);

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Every_acknowledged_batch_survives_kill_9_and_no_batch_is_partial()
    {
        var path = folder.File("journal.db");
        var serializer = new EventSerializerBuilder().Register<CrashEvent>("crash-event").Build();
        var acknowledged = new Dictionary<string, long>(StringComparer.Ordinal);
        var random = new Random(20251121);
        var rounds = CrashWriterProcess.Rounds();

        for (var round = 0; round < rounds; round++)
        {
            // Kill after a random number of acknowledgements: the writers are mid-batch somewhere.
            var killAfter = random.Next(1, 60);
            await RunAndKillAsync(path, round, killAfter, acknowledged);

            await using var journal = await SqlitePersistence.OpenAsync(new SqliteJournalOptions(path), serializer);
            foreach (var (persistenceId, highestAcknowledged) in acknowledged)
            {
                var events = new List<Persistent>();
                await foreach (var persistent in journal.Journal.ReplayMessagesAsync(persistenceId, 1, long.MaxValue, long.MaxValue))
                {
                    events.Add(persistent);
                }

                events.Select(e => e.SequenceNr).Should().Equal(
                    Enumerable.Range(1, events.Count).Select(i => (long)i), $"round {round}: {persistenceId} has no gaps");
                events.Count.Should().BeGreaterThanOrEqualTo((int)highestAcknowledged, $"round {round}: every acknowledged event of {persistenceId} is durable");
                AssertWholeBatches(events, round);
            }
        }

        acknowledged.Should().HaveCount(Writers);
        output.WriteLine($"{rounds} rounds, acknowledged: {string.Join(", ", acknowledged.Select(p => $"{p.Key}={p.Value}"))}");
    }

    private static void AssertWholeBatches(List<Persistent> events, int round)
    {
        var position = 0;
        while (position < events.Count)
        {
            var first = (CrashEvent)events[position].Payload;
            first.Index.Should().Be(0, $"round {round}: {events[position].PersistenceId} sequence nr {events[position].SequenceNr} starts a batch");
            events.Count.Should().BeGreaterThanOrEqualTo(position + first.Size, $"round {round}: batch {first.Batch} is whole");
            for (var i = 0; i < first.Size; i++)
            {
                var item = (CrashEvent)events[position + i].Payload;
                (item.Batch, item.Index, item.Size).Should().Be((first.Batch, i, first.Size), $"round {round}: batch {first.Batch} is whole");
            }

            position += first.Size;
        }
    }

    private async Task RunAndKillAsync(string path, int round, int killAfter, Dictionary<string, long> acknowledged)
    {
        using var process = CrashWriterProcess.Start(path, Writers.ToString(CultureInfo.InvariantCulture), round.ToString(CultureInfo.InvariantCulture));
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            for (var acks = 0; acks < killAfter; acks++)
            {
                var line = await process.StandardOutput.ReadLineAsync().WaitAsync(SpecTimeouts.Default);
                if (line is null)
                {
                    await process.WaitForExitAsync();
                    throw new InvalidOperationException($"round {round}: the crash writer exited with {process.ExitCode} before being killed: {await errors}");
                }

                var parts = line.Split(' ');
                var sequenceNr = long.Parse(parts[2], CultureInfo.InvariantCulture);
                acknowledged[parts[1]] = Math.Max(acknowledged.GetValueOrDefault(parts[1]), sequenceNr);
            }
        }
        finally
        {
            // Process.Kill sends SIGKILL on Unix: no finalizers, no flush, no dispose.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}
