using BenchmarkDotNet.Attributes;
using FractalTrader.Runtime;
using Microsoft.Data.Sqlite;

namespace FractalTrader.Benchmarks.Persistence;

/// <summary>What the write benchmarks share: a fresh journal, the baseline's prepared insert, a serialized event, an actor system on the journal, and a run counter for fresh ids.</summary>
public abstract class DurableWriteBenchmark
{
    private int invocation;

    protected BenchJournal Journal { get; private set; } = null!;

    protected SqliteCommand RawInsert { get; private set; } = null!;

    protected SerializedPayload Payload { get; private set; }

    /// <summary>An actor system whose persistent actors write to <see cref="Journal"/>.</summary>
    protected ActorSystem System { get; private set; } = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        Journal = await BenchJournal.CreateAsync();
        RawInsert = Journal.PrepareRawInsert();
        Payload = BenchJournal.Serializer.Serialize(BenchJournal.Fill(1));
        System = BenchJournal.CreateSystem(Journal);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await System.Terminate();
        await RawInsert.DisposeAsync();
        await Journal.DisposeAsync();
    }

    /// <summary>A number no earlier invocation used, so every run writes fresh persistence ids.</summary>
    protected int NextRun() => Interlocked.Increment(ref invocation);

    /// <summary>Persists one event through the journal and waits until it is durable.</summary>
    protected async Task PersistAsync(string persistenceId, long sequenceNr)
    {
        var results = await Journal.Persistence.Journal.WriteMessagesAsync(
            [new AtomicWrite(new Persistent(BenchJournal.Fill(sequenceNr), persistenceId, sequenceNr, "bench"))]);
        if (results[0] is { } rejection)
        {
            throw rejection;
        }
    }
}
