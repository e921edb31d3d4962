using System.Collections.Concurrent;

namespace FractalTrader.Runtime.Tests.Persistence.PersistentActors;

/// <summary>
/// A real plugin (in memory or SQLite) whose journal writes a test can hold back, fail once, or
/// inspect: the calls are recorded before they reach the real journal. Thread-safe.
/// </summary>
public sealed class ControlledPersistence(IPersistencePlugin inner) : IPersistencePlugin, IAsyncWriteJournal
{
    private readonly Lock gate = new();
    private TaskCompletionSource? held;
    private Exception? failNext;

    /// <summary>Every <c>WriteMessagesAsync</c> call, in order.</summary>
    public ConcurrentQueue<IReadOnlyList<AtomicWrite>> Writes { get; } = new();

    public IAsyncWriteJournal Journal => this;

    public ISnapshotStore SnapshotStore => inner.SnapshotStore;

    public IReadJournal ReadJournal => inner.ReadJournal;

    /// <summary>The real plugin underneath.</summary>
    public IPersistencePlugin Inner => inner;

    /// <summary>Holds every write from now on until <see cref="Release"/>.</summary>
    public void Hold()
    {
        lock (gate)
        {
            held ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>Lets held writes through.</summary>
    public void Release()
    {
        TaskCompletionSource? released;
        lock (gate)
        {
            (released, held) = (held, null);
        }

        released?.TrySetResult();
    }

    /// <summary>The next write fails with <paramref name="cause"/> without reaching the journal, as a store that failed would.</summary>
    public void FailNextWrite(Exception cause) => Volatile.Write(ref failNext, cause);

    public async Task<IReadOnlyList<Exception?>> WriteMessagesAsync(IReadOnlyList<AtomicWrite> messages, CancellationToken cancellationToken = default)
    {
        Writes.Enqueue(messages);
        Task? wait;
        lock (gate)
        {
            wait = held?.Task;
        }

        if (wait is not null)
        {
            await wait;
        }

        if (Interlocked.Exchange(ref failNext, null) is { } cause)
        {
            throw cause;
        }

        return await inner.Journal.WriteMessagesAsync(messages, cancellationToken);
    }

    public Task DeleteMessagesToAsync(string persistenceId, long toSequenceNr, CancellationToken cancellationToken = default) =>
        inner.Journal.DeleteMessagesToAsync(persistenceId, toSequenceNr, cancellationToken);

    public IAsyncEnumerable<Persistent> ReplayMessagesAsync(string persistenceId, long fromSequenceNr, long toSequenceNr, long max, CancellationToken cancellationToken = default) =>
        inner.Journal.ReplayMessagesAsync(persistenceId, fromSequenceNr, toSequenceNr, max, cancellationToken);

    public Task<long> ReadHighestSequenceNrAsync(string persistenceId, long fromSequenceNr, CancellationToken cancellationToken = default) =>
        inner.Journal.ReadHighestSequenceNrAsync(persistenceId, fromSequenceNr, cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
