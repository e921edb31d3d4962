namespace FractalTrader.Runtime;

/// <summary>Sent to a persistent actor (as a command) when deleting one of its snapshots failed. Immutable.</summary>
/// <param name="Metadata">The snapshot that was to be deleted.</param>
/// <param name="Cause">Why.</param>
public sealed record DeleteSnapshotFailure(SnapshotMetadata Metadata, Exception Cause);
