namespace FractalTrader.Runtime;

/// <summary>Sent to a persistent actor (as a command) when its events up to <paramref name="ToSequenceNr"/> are deleted. Immutable.</summary>
/// <param name="ToSequenceNr">The last deleted sequence number (inclusive).</param>
public sealed record DeleteMessagesSuccess(long ToSequenceNr);
