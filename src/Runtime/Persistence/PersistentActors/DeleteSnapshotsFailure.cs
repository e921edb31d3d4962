namespace FractalTrader.Runtime;

/// <summary>Sent to a persistent actor (as a command) when deleting its snapshots failed; nothing was deleted. Immutable.</summary>
/// <param name="Criteria">Which snapshots were to be deleted.</param>
/// <param name="Cause">Why.</param>
public sealed record DeleteSnapshotsFailure(SnapshotSelectionCriteria Criteria, Exception Cause);
