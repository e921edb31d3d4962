namespace FractalTrader.Runtime;

/// <summary>A snapshot loaded from a snapshot store, with its metadata. Immutable if the state is.</summary>
/// <param name="Metadata">Whose snapshot it is, up to which sequence number, and when it was taken.</param>
/// <param name="Snapshot">The state, deserialized to its current type.</param>
public sealed record SelectedSnapshot(SnapshotMetadata Metadata, object Snapshot);
