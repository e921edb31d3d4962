namespace FractalTrader.Runtime;

/// <summary>Sent to a persistent actor (as a command) when a snapshot it saved is durable. Immutable.</summary>
/// <param name="Metadata">The saved snapshot's persistence id, sequence number and time.</param>
public sealed record SaveSnapshotSuccess(SnapshotMetadata Metadata);
