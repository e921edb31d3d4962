namespace FractalTrader.Runtime;

/// <summary>
/// An opened persistence backend: its journal, snapshot store and read-side queries, sharing one
/// store. Persistent actors take their journal and snapshot store from here. Thread-safe;
/// disposing it waits for writes in flight and closes the store.
/// </summary>
public interface IPersistencePlugin : IAsyncDisposable
{
    /// <summary>The event journal.</summary>
    IAsyncWriteJournal Journal { get; }

    /// <summary>The snapshot store.</summary>
    ISnapshotStore SnapshotStore { get; }

    /// <summary>Read-side queries over the journal.</summary>
    IReadJournal ReadJournal { get; }
}
