namespace FractalTrader.Runtime;

/// <summary>Sent to a persistent actor (as a command) when deleting its events failed; nothing was deleted. Immutable.</summary>
/// <param name="Cause">Why.</param>
/// <param name="ToSequenceNr">The sequence number the delete was asked up to.</param>
public sealed record DeleteMessagesFailure(Exception Cause, long ToSequenceNr);
