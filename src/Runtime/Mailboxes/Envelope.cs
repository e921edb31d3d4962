namespace FractalTrader.Runtime;

/// <summary>A message with its sender, as held in a mailbox or a stash. Immutable.</summary>
/// <param name="Message">The message.</param>
/// <param name="Sender">Who sent it, or <see langword="null"/> for no sender.</param>
public readonly record struct Envelope(object Message, IActorRef? Sender);
