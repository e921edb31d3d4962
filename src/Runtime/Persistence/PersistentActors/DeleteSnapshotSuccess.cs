namespace FractalTrader.Runtime;

/// <summary>Sent to a persistent actor (as a command) when one of its snapshots is deleted. Immutable.</summary>
/// <param name="Metadata">The deleted snapshot (persistence id and sequence number).</param>
public sealed record DeleteSnapshotSuccess(SnapshotMetadata Metadata);
