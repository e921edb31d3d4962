using System.Collections.Immutable;

namespace FractalTrader.Runtime;

/// <summary>An event in stored form, ready for a journal's table or memory. Immutable by convention.</summary>
internal sealed record StoredEvent(
    string PersistenceId,
    long SequenceNr,
    string Manifest,
    byte[] Payload,
    string WriterGuid,
    DateTimeOffset Timestamp,
    ImmutableArray<string> Tags)
{
    /// <summary>The global ordering, once a journal has assigned one.</summary>
    public long Ordering { get; init; }
}
