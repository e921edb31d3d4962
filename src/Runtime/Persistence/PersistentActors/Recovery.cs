namespace FractalTrader.Runtime;

/// <summary>
/// How a persistent actor recovers (Akka.Persistence's <c>Recovery</c>): which snapshot to start
/// from, up to which sequence number to replay, and at most how many events. Override
/// <c>ReceivePersistentActor.Recovery</c> to change it. Immutable and thread-safe.
/// </summary>
/// <param name="FromSnapshot">Which snapshot to load; <see cref="SnapshotSelectionCriteria.None"/> replays every event.</param>
/// <param name="ToSequenceNr">The last event to replay (inclusive); the default is all.</param>
/// <param name="ReplayMax">At most this many events are replayed; the default is all.</param>
public sealed record Recovery(SnapshotSelectionCriteria FromSnapshot, long ToSequenceNr = long.MaxValue, long ReplayMax = long.MaxValue)
{
    /// <summary>The latest snapshot, then every event after it. The default.</summary>
    public static Recovery Default { get; } = new(SnapshotSelectionCriteria.Latest);

    /// <summary>
    /// No snapshot and no event is replayed: the actor starts empty, but its sequence numbers
    /// continue after the journal's highest, so nothing already written is overwritten.
    /// </summary>
    public static Recovery None { get; } = new(SnapshotSelectionCriteria.None, 0, 0);
}
