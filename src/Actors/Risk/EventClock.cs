namespace FractalTrader.Actors.Risk;

/// <summary>
/// The risk guardian's clock: market time, except while a journaled event is applied, when it
/// reads the event's own time. Replaying the journal therefore rebuilds exactly the breakers,
/// days and transitions the live run had, whenever the replay happens. Not thread-safe (one actor).
/// </summary>
internal sealed class EventClock(TimeProvider market) : TimeProvider
{
    private DateTimeOffset? pinned;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => pinned ?? market.GetUtcNow();

    /// <summary>Reads <paramref name="at"/> until the returned scope ends.</summary>
    public Scope At(DateTimeOffset at)
    {
        pinned = at;
        return new Scope(this);
    }

    /// <summary>Ends a pinned period.</summary>
    public readonly struct Scope(EventClock clock) : IDisposable
    {
        /// <inheritdoc />
        public void Dispose() => clock.pinned = null;
    }
}
