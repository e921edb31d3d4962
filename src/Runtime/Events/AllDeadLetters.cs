namespace FractalTrader.Runtime;

/// <summary>A message that did not reach its recipient; subscribe to this type to see every kind. Immutable.</summary>
/// <param name="Message">The message.</param>
/// <param name="Sender">Its sender (dead letters when it had none).</param>
/// <param name="Recipient">Where it was going.</param>
public abstract record AllDeadLetters(object Message, IActorRef Sender, IActorRef Recipient);
