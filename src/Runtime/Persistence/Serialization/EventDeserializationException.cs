namespace FractalTrader.Runtime;

/// <summary>
/// A stored event or snapshot could not be read back: its manifest is unknown to this build, or
/// its payload does not deserialize into the registered type. Recovery of that persistence id
/// stops with this error; the journal is left untouched and other ids recover normally.
/// </summary>
public sealed class EventDeserializationException : Exception
{
    /// <summary>Creates the error naming the stored row.</summary>
    public EventDeserializationException(string persistenceId, long sequenceNr, string manifest, Exception innerException)
        : base(
            $"Persistence id '{persistenceId}', sequence nr {sequenceNr}, manifest '{manifest}': cannot be read back: {innerException?.Message}",
            innerException)
    {
        PersistenceId = persistenceId;
        SequenceNr = sequenceNr;
        Manifest = manifest;
    }

    /// <summary>The persistence id of the unreadable row.</summary>
    public string PersistenceId { get; }

    /// <summary>The sequence number of the unreadable row.</summary>
    public long SequenceNr { get; }

    /// <summary>The manifest stored with the row.</summary>
    public string Manifest { get; }
}
