namespace FractalTrader.Runtime;

/// <summary>
/// An event or snapshot could not be serialized (its type is not registered, or JSON refused a
/// value such as NaN). The write carrying it is rejected; nothing of it is stored.
/// </summary>
public sealed class EventSerializationException : Exception
{
    /// <summary>Creates the error for the event at <paramref name="sequenceNr"/> of <paramref name="persistenceId"/>.</summary>
    public EventSerializationException(string persistenceId, long sequenceNr, Type payloadType, Exception innerException)
        : base(
            $"Persistence id '{persistenceId}', sequence nr {sequenceNr}: {payloadType?.Name ?? "null"} cannot be serialized: {innerException?.Message}",
            innerException)
    {
        PersistenceId = persistenceId;
        SequenceNr = sequenceNr;
        PayloadType = payloadType;
    }

    /// <summary>The persistence id of the rejected event or snapshot.</summary>
    public string PersistenceId { get; }

    /// <summary>The sequence number of the rejected event or snapshot.</summary>
    public long SequenceNr { get; }

    /// <summary>The CLR type that could not be serialized.</summary>
    public Type? PayloadType { get; }
}
