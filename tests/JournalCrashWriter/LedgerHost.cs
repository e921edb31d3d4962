using System.Globalization;
using FractalTrader.Runtime;

namespace FractalTrader.JournalCrashWriter;

/// <summary>
/// Hosts persistent <see cref="Ledger"/> actors ledger-0..n-1 on a SQLite journal. For each, once
/// recovered, it prints "recovered &lt;id&gt; &lt;entries&gt; &lt;balance&gt; &lt;last command&gt; &lt;partial&gt;", then
/// sends commands one at a time: "send &lt;id&gt; &lt;command&gt; &lt;entries&gt; &lt;sum&gt;" before each, and
/// "ack &lt;id&gt; &lt;command&gt; &lt;entries&gt; &lt;balance&gt;" once its handlers ran. It runs until killed.
/// </summary>
internal static class LedgerHost
{
    public static async Task RunAsync(string path, int ledgers, int seed)
    {
        var serializer = new EventSerializerBuilder().Register<Posted>("ledger-posted").Register<LedgerState>("ledger-state").Build();
        var store = await SqlitePersistence.OpenAsync(new SqliteJournalOptions(path), serializer);
        await using var system = ActorSystem.Create("ledgers");
        Persistence.Configure(system, store, new PersistenceSettings { SnapshotEvery = 25 });
        var output = Console.Out;
        var gate = new Lock();
        void Print(FormattableString line)
        {
            lock (gate)
            {
                output.WriteLine(line.ToString(CultureInfo.InvariantCulture));
                output.Flush();
            }
        }

        var timeout = TimeSpan.FromMinutes(1);
        await Task.WhenAll(Enumerable.Range(0, ledgers).Select(n => Task.Run(async () =>
        {
            var id = $"ledger-{n}";
            var ledger = system.ActorOf(Props.Create(() => new Ledger(id)), id);
            var state = await ledger.Ask<LedgerState>("state", timeout);
            Print($"recovered {id} {state.Entries} {state.Balance} {state.LastCommand} {state.Partial}");
            var random = new Random(seed * 1000 + n);
            for (var command = state.LastCommand + 1; ; command++)
            {
                var amounts = Enumerable.Range(0, random.Next(1, 9)).Select(_ => random.Next(-10_000, 100_000) / 100m).ToArray();
                Print($"send {id} {command} {amounts.Length} {amounts.Sum()}");
                state = await ledger.Ask<LedgerState>(new Post(command, amounts), timeout);
                Print($"ack {id} {command} {state.Entries} {state.Balance}");
            }
        })));
    }
}
