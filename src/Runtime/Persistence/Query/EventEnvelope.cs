using System.Collections.Immutable;

namespace FractalTrader.Runtime;

/// <summary>
/// An event as a read-side query delivers it, with its place in the journal's global order.
/// Immutable (as long as the event is) and thread-safe. Mirrors Akka.Persistence.Query.
/// </summary>
/// <param name="Offset">
/// The event's global ordering: strictly increasing in commit order across all persistence ids.
/// A projection stores it and resumes with it (queries return events after the offset given).
/// </param>
/// <param name="PersistenceId">The stream the event belongs to.</param>
/// <param name="SequenceNr">Its position in that stream.</param>
/// <param name="Event">The event, deserialized and upcast to its current type.</param>
/// <param name="Timestamp">When it was written (UTC).</param>
/// <param name="Tags">The tags it was written with.</param>
public sealed record EventEnvelope(
    long Offset,
    string PersistenceId,
    long SequenceNr,
    object Event,
    DateTimeOffset Timestamp,
    ImmutableArray<string> Tags);
