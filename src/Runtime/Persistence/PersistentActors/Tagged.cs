using System.Collections.Immutable;

namespace FractalTrader.Runtime;

/// <summary>
/// An event with tags for read-side queries (<see cref="IReadJournal.EventsByTag"/>), as in
/// Akka.Persistence: <c>Persist(new Tagged(fill, ["fills"]), t =&gt; Apply((OrderFilled)t.Payload))</c>.
/// The journal stores <see cref="Payload"/> with the tags; the persist handler gets the
/// <see cref="Tagged"/> itself, and replay the payload alone. Immutable if the payload is.
/// </summary>
/// <param name="Payload">The event stored.</param>
/// <param name="Tags">Its tags: non-empty, without ';' or control characters.</param>
public sealed record Tagged(object Payload, ImmutableArray<string> Tags);
