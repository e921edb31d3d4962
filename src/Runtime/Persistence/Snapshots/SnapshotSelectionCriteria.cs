namespace FractalTrader.Runtime;

/// <summary>
/// Which snapshots to load or delete: those whose sequence number and timestamp fall within the
/// bounds (all inclusive). Immutable and thread-safe. Mirrors Akka.Persistence.
/// </summary>
/// <param name="MaxSequenceNr">The highest sequence number that matches.</param>
/// <param name="MaxTimestamp">The latest timestamp that matches.</param>
/// <param name="MinSequenceNr">The lowest sequence number that matches; the default is 0.</param>
/// <param name="MinTimestamp">The earliest timestamp that matches; the default is <see cref="DateTimeOffset.MinValue"/>.</param>
public sealed record SnapshotSelectionCriteria(
    long MaxSequenceNr,
    DateTimeOffset MaxTimestamp,
    long MinSequenceNr = 0,
    DateTimeOffset MinTimestamp = default)
{
    /// <summary>Matches every snapshot: load picks the latest.</summary>
    public static SnapshotSelectionCriteria Latest { get; } = new(long.MaxValue, DateTimeOffset.MaxValue);

    /// <summary>Matches no snapshot: recovery replays every event.</summary>
    public static SnapshotSelectionCriteria None { get; } = new(-1, DateTimeOffset.MinValue);

    /// <summary>Every snapshot up to <paramref name="maxSequenceNr"/>, whatever its time.</summary>
    public static SnapshotSelectionCriteria UpTo(long maxSequenceNr) => new(maxSequenceNr, DateTimeOffset.MaxValue);

    /// <summary>Whether a snapshot with this metadata is selected.</summary>
    public bool IsMatch(SnapshotMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return metadata.SequenceNr >= MinSequenceNr && metadata.SequenceNr <= MaxSequenceNr
            && metadata.Timestamp >= MinTimestamp && metadata.Timestamp <= MaxTimestamp;
    }
}
