namespace FractalTrader.Runtime;

/// <summary>Serializes snapshot state, naming the snapshot in the error.</summary>
internal static class SnapshotSerialization
{
    public static SerializedPayload Serialize(EventSerializer serializer, SnapshotMetadata metadata, object snapshot)
    {
        try
        {
            return serializer.Serialize(snapshot);
        }
        catch (NotSupportedException e)
        {
            throw new EventSerializationException(metadata.PersistenceId, metadata.SequenceNr, snapshot.GetType(), e);
        }
    }
}
