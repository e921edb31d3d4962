using System.Globalization;
using FractalTrader.Runtime;

namespace FractalTrader.JournalCrashWriter;

/// <summary>
/// Each writer owns persistence id crash-&lt;n&gt;, resumes after its highest sequence nr, and writes
/// batches of 1-8 events as one atomic write each through the journal API; after every durable
/// batch it prints "ack &lt;persistence id&gt; &lt;last sequence nr&gt;". It runs until killed.
/// </summary>
internal static class BatchWriter
{
    public static async Task RunAsync(string path, int writers, int seed)
    {
        var serializer = new EventSerializerBuilder().Register<CrashEvent>("crash-event").Build();
        await using var persistence = await SqlitePersistence.OpenAsync(new SqliteJournalOptions(path), serializer);
        var output = Console.Out;
        var gate = new Lock();

        await Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
        {
            var persistenceId = $"crash-{writer}";
            var random = new Random(HashCode.Combine(seed, writer));
            var next = await persistence.Journal.ReadHighestSequenceNrAsync(persistenceId, 0) + 1;
            for (var batch = next; ; batch = next)
            {
                var size = random.Next(1, 9);
                var events = Enumerable.Range(0, size)
                    .Select(i => new Persistent(new CrashEvent(batch, i, size, new string('f', random.Next(0, 400))), persistenceId, next + i, $"crash-writer-{seed}"))
                    .ToList();
                var results = await persistence.Journal.WriteMessagesAsync([new AtomicWrite(events)]);
                if (results[0] is { } rejection)
                {
                    throw rejection;
                }

                next += size;
                lock (gate)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ack {persistenceId} {next - 1}"));
                    output.Flush();
                }
            }
        })));
    }
}
