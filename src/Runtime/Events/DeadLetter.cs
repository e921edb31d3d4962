namespace FractalTrader.Runtime;

/// <summary>
/// A message sent to an actor that had terminated (or refused by a full bounded mailbox, or sent
/// to a path with no actor); counted, published and logged at a limited rate. Immutable.
/// </summary>
public sealed record DeadLetter(object Message, IActorRef Sender, IActorRef Recipient) : AllDeadLetters(Message, Sender, Recipient);
