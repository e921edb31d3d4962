namespace FractalTrader.Runtime;

/// <summary>
/// Identifies a snapshot: whose state it is, the sequence number of the last event it includes,
/// and when it was taken. Immutable and thread-safe.
/// </summary>
/// <param name="PersistenceId">The persistent actor the snapshot belongs to.</param>
/// <param name="SequenceNr">The last event folded into the snapshot; recovery replays from the next one.</param>
/// <param name="Timestamp">When the snapshot was taken (UTC).</param>
public sealed record SnapshotMetadata(string PersistenceId, long SequenceNr, DateTimeOffset Timestamp);
