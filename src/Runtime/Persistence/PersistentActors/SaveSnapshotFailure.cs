namespace FractalTrader.Runtime;

/// <summary>
/// Sent to a persistent actor (as a command) when a snapshot could not be saved: its state could not
/// be serialized (<see cref="EventSerializationException"/>) or the store failed. The actor keeps
/// running; recovery then uses an older snapshot and more events. Immutable.
/// </summary>
/// <param name="Metadata">The snapshot that was not saved.</param>
/// <param name="Cause">Why.</param>
public sealed record SaveSnapshotFailure(SnapshotMetadata Metadata, Exception Cause);
