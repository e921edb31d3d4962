namespace FractalTrader.Runtime;

/// <summary>
/// In-memory persistence for tests: a <see cref="MemoryJournal"/> (also the read journal) and a
/// <see cref="MemorySnapshotStore"/>. Everything is lost when it is dropped. Thread-safe.
/// </summary>
public sealed class MemoryPersistence : IPersistencePlugin
{
    private readonly MemoryJournal journal;

    /// <summary>Creates empty stores sharing <paramref name="serializer"/>.</summary>
    /// <param name="serializer">Serializes events and snapshots.</param>
    /// <param name="timeProvider">Stamps events; the default is the system clock.</param>
    public MemoryPersistence(EventSerializer serializer, TimeProvider? timeProvider = null)
    {
        journal = new MemoryJournal(serializer, timeProvider);
        SnapshotStore = new MemorySnapshotStore(serializer);
    }

    /// <inheritdoc />
    public IAsyncWriteJournal Journal => journal;

    /// <inheritdoc />
    public ISnapshotStore SnapshotStore { get; }

    /// <inheritdoc />
    public IReadJournal ReadJournal => journal;

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
