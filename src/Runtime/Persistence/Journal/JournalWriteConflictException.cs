namespace FractalTrader.Runtime;

/// <summary>
/// A write used a sequence number that is already in the journal: two writers for one
/// persistence id. The first write stays; this one is not stored at all.
/// </summary>
public sealed class JournalWriteConflictException : JournalStorageException
{
    /// <summary>Creates the error for the atomic write that clashed.</summary>
    public JournalWriteConflictException(string persistenceId, long fromSequenceNr, long toSequenceNr, Exception? innerException = null)
        : base(
            $"Persistence id '{persistenceId}': sequence nrs {fromSequenceNr}..{toSequenceNr} clash with events already written "
            + "(is a second writer running for this persistence id?); nothing of this write was stored.",
            innerException)
    {
        PersistenceId = persistenceId;
        FromSequenceNr = fromSequenceNr;
        ToSequenceNr = toSequenceNr;
    }

    /// <summary>The persistence id whose write clashed.</summary>
    public string PersistenceId { get; }

    /// <summary>The first sequence number of the rejected write.</summary>
    public long FromSequenceNr { get; }

    /// <summary>The last sequence number of the rejected write.</summary>
    public long ToSequenceNr { get; }
}
