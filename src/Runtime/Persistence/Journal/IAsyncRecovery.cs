namespace FractalTrader.Runtime;

/// <summary>
/// The recovery side of a journal: replays one persistence id's events and tells its highest
/// sequence number. Implementations are thread-safe.
/// </summary>
public interface IAsyncRecovery
{
    /// <summary>
    /// Streams the events of <paramref name="persistenceId"/> with sequence numbers from
    /// <paramref name="fromSequenceNr"/> to <paramref name="toSequenceNr"/> (both inclusive), in
    /// sequence order, at most <paramref name="max"/> of them. Events are read page by page as
    /// the caller consumes them, so memory stays bounded whatever the stream's length. Deleted
    /// events are skipped.
    /// </summary>
    /// <exception cref="EventDeserializationException">
    /// A stored event cannot be read back; it names the persistence id, sequence nr and manifest.
    /// Events before it have been delivered; the journal is left untouched.
    /// </exception>
    /// <exception cref="JournalStorageException">The store could not be read.</exception>
    IAsyncEnumerable<Persistent> ReplayMessagesAsync(
        string persistenceId, long fromSequenceNr, long toSequenceNr, long max, CancellationToken cancellationToken = default);

    /// <summary>
    /// The highest sequence number ever written for <paramref name="persistenceId"/>, or 0 when
    /// nothing was. Stays correct after <see cref="IAsyncWriteJournal.DeleteMessagesToAsync"/>.
    /// <paramref name="fromSequenceNr"/> is what the caller already knows (its snapshot's sequence
    /// nr); a store may use it to read less, and the result is never below it.
    /// </summary>
    /// <exception cref="JournalStorageException">The store could not be read.</exception>
    Task<long> ReadHighestSequenceNrAsync(string persistenceId, long fromSequenceNr, CancellationToken cancellationToken = default);
}
