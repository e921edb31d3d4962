using System.Collections.Immutable;

namespace FractalTrader.Runtime;

/// <summary>
/// One event as the journal stores it: whose it is (<see cref="PersistenceId"/>), where it sits
/// in that stream (<see cref="SequenceNr"/>), the event itself and how it was written.
/// Immutable (as long as <see cref="Payload"/> is) and thread-safe.
/// </summary>
/// <remarks>
/// On write, <see cref="Manifest"/> and <see cref="Timestamp"/> are ignored: the journal's
/// serializer names the event and the journal stamps the time of the write. On replay both carry
/// what was stored. Mirrors Akka.Persistence's <c>IPersistentRepresentation</c>.
/// </remarks>
/// <param name="Payload">The event (on replay: deserialized and upcast to its current type).</param>
/// <param name="PersistenceId">The stream the event belongs to.</param>
/// <param name="SequenceNr">The 1-based position of the event in its stream.</param>
/// <param name="WriterGuid">Which incarnation of a persistent actor wrote it.</param>
public sealed record Persistent(object Payload, string PersistenceId, long SequenceNr, string WriterGuid)
{
    /// <summary>The stored manifest (<c>name@version</c>); empty until written.</summary>
    public string Manifest { get; init; } = string.Empty;

    /// <summary>When the journal wrote the event (UTC); default until written.</summary>
    public DateTimeOffset Timestamp { get; init; }

    /// <summary>Tags for read-side queries (<c>EventsByTag</c>); empty by default.</summary>
    public ImmutableArray<string> Tags { get; init; } = [];
}
