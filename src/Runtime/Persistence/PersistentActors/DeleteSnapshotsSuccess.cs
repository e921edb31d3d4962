namespace FractalTrader.Runtime;

/// <summary>Sent to a persistent actor (as a command) when its snapshots matching <paramref name="Criteria"/> are deleted. Immutable.</summary>
/// <param name="Criteria">Which snapshots were deleted.</param>
public sealed record DeleteSnapshotsSuccess(SnapshotSelectionCriteria Criteria);
