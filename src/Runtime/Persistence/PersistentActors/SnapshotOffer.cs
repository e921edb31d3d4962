namespace FractalTrader.Runtime;

/// <summary>
/// Offered to the recovery handlers (<c>Recover&lt;SnapshotOffer&gt;</c>) before any event when a
/// snapshot was loaded; replay continues after <see cref="SnapshotMetadata.SequenceNr"/>.
/// Immutable if the snapshot is.
/// </summary>
/// <param name="Metadata">Whose snapshot, up to which sequence number, and when it was taken.</param>
/// <param name="Snapshot">The state, deserialized to its current type.</param>
public sealed record SnapshotOffer(SnapshotMetadata Metadata, object Snapshot);
