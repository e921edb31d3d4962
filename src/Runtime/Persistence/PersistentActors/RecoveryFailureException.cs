namespace FractalTrader.Runtime;

/// <summary>
/// A persistent actor could not recover: a snapshot or event could not be read back, a recovery
/// handler threw, or the store failed. The actor stops with this error (its supervisor decides
/// what next); the journal is left untouched. The message names the persistence id, the sequence
/// number and, where known, the manifest.
/// </summary>
public sealed class RecoveryFailureException : Exception
{
    /// <summary>Creates the error.</summary>
    public RecoveryFailureException(string persistenceId, long sequenceNr, string? manifest, Exception innerException)
        : base(
            $"Persistence id '{persistenceId}': recovery failed at sequence nr {sequenceNr}"
            + (string.IsNullOrEmpty(manifest) ? string.Empty : $", manifest '{manifest}'")
            + $"; the journal is untouched: {innerException?.Message}",
            innerException)
    {
        PersistenceId = persistenceId;
        SequenceNr = sequenceNr;
        Manifest = manifest;
    }

    /// <summary>The persistence id that failed to recover.</summary>
    public string PersistenceId { get; }

    /// <summary>The sequence number of the snapshot or event being recovered when it failed.</summary>
    public long SequenceNr { get; }

    /// <summary>The stored manifest of that snapshot or event, when known.</summary>
    public string? Manifest { get; }
}
