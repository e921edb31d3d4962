namespace FractalTrader.Runtime;

/// <summary>
/// A journal of events keyed by (persistence id, sequence nr), written in atomic batches.
/// Implementations are thread-safe and coalesce concurrent writes where they can.
/// Mirrors Akka.Persistence's <c>AsyncWriteJournal</c>.
/// </summary>
/// <remarks>
/// Failure semantics follow Akka.NET. A write that cannot be serialized is <em>rejected</em>:
/// its slot in the result holds the reason, nothing of it is stored, and the other writes proceed
/// (a persistent actor calls <c>OnPersistRejected</c> and carries on). A write the store cannot
/// make durable — I/O error, full disk, read-only file, or a sequence number another writer
/// already took — faults the returned task (a persistent actor calls <c>OnPersistFailure</c>
/// and stops, so its backoff supervisor restarts it and it recovers from what is durable).
/// </remarks>
public interface IAsyncWriteJournal : IAsyncRecovery
{
    /// <summary>
    /// Writes <paramref name="messages"/>; each <see cref="AtomicWrite"/> is stored entirely or not
    /// at all. The task completes once every accepted write is durable.
    /// </summary>
    /// <returns>
    /// One entry per write, in order: <see langword="null"/> when it was stored, otherwise the
    /// <see cref="EventSerializationException"/> that rejected it.
    /// </returns>
    /// <exception cref="JournalStorageException">
    /// The store failed (<see cref="JournalWriteConflictException"/> when a sequence number was
    /// already written). None of this call's writes is stored.
    /// </exception>
    Task<IReadOnlyList<Exception?>> WriteMessagesAsync(IReadOnlyList<AtomicWrite> messages, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes the events of <paramref name="persistenceId"/> up to and including
    /// <paramref name="toSequenceNr"/>. Replay and queries no longer return them; the highest
    /// sequence number is kept, so the stream never restarts at 1.
    /// </summary>
    /// <exception cref="JournalStorageException">The store failed; nothing was deleted.</exception>
    Task DeleteMessagesToAsync(string persistenceId, long toSequenceNr, CancellationToken cancellationToken = default);
}
