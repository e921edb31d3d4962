using FractalTrader.Actors.Node;
using FractalTrader.Runtime;

namespace FractalTrader.Benchmarks.Actors;

/// <summary>A node journal for one benchmark class: a SQLite file in a temporary folder (deleted at the end), or in memory.</summary>
internal sealed class BenchJournalFile : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("fractal-actors-bench-").FullName;

    public string Path => System.IO.Path.Combine(folder, "journal.db");

    public static IPersistencePlugin InMemory() => new MemoryPersistence(TradingJournal.Serializer());

    public async Task<IPersistencePlugin> OpenAsync() =>
        await SqlitePersistence.OpenAsync(new SqliteJournalOptions(Path), TradingJournal.Serializer());

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
