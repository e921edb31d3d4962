namespace FractalTrader.Runtime;

/// <summary>
/// Read-side queries over a journal, for projections such as the dashboard and trade history.
/// Offsets are exclusive: a query from offset <c>n</c> returns events whose
/// <see cref="EventEnvelope.Offset"/> is above <c>n</c> (start with 0). Results come in offset
/// order without gaps: every matching event committed before the query reached its offset is
/// delivered. Implementations are thread-safe. Mirrors Akka.Persistence.Query's read journal.
/// </summary>
/// <remarks>Deleted events are not returned. A bad row raises <see cref="EventDeserializationException"/>.</remarks>
public interface IReadJournal
{
    /// <summary>Events tagged <paramref name="tag"/> committed so far; completes at the end.</summary>
    IAsyncEnumerable<EventEnvelope> CurrentEventsByTag(string tag, long fromOffset = 0, CancellationToken cancellationToken = default);

    /// <summary>
    /// Events tagged <paramref name="tag"/>, then every new one as it is committed; runs until
    /// <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    IAsyncEnumerable<EventEnvelope> EventsByTag(string tag, long fromOffset = 0, CancellationToken cancellationToken = default);

    /// <summary>Every event of every persistence id committed so far, in offset order; completes at the end.</summary>
    IAsyncEnumerable<EventEnvelope> CurrentAllEvents(long fromOffset = 0, CancellationToken cancellationToken = default);

    /// <summary>Every event of every persistence id, then every new one; runs until cancelled.</summary>
    IAsyncEnumerable<EventEnvelope> AllEvents(long fromOffset = 0, CancellationToken cancellationToken = default);

    /// <summary>The persistence ids that have events, each once, sorted as the store sorts text.</summary>
    IAsyncEnumerable<string> CurrentPersistenceIds(CancellationToken cancellationToken = default);
}
