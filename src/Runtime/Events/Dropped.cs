namespace FractalTrader.Runtime;

/// <summary>A message a full bounded mailbox dropped on purpose (see <see cref="MailboxOverflow"/>). Immutable.</summary>
/// <param name="Message">The dropped message.</param>
/// <param name="Reason">Why it was dropped.</param>
/// <param name="Sender">Its sender.</param>
/// <param name="Recipient">The actor whose mailbox dropped it.</param>
public sealed record Dropped(object Message, string Reason, IActorRef Sender, IActorRef Recipient) : AllDeadLetters(Message, Sender, Recipient);
