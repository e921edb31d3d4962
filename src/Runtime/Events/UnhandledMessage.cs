namespace FractalTrader.Runtime;

/// <summary>A message an actor's behavior did not handle. Immutable.</summary>
/// <param name="Message">The message.</param>
/// <param name="Sender">Its sender.</param>
/// <param name="Recipient">The actor that did not handle it.</param>
public sealed record UnhandledMessage(object Message, IActorRef Sender, IActorRef Recipient);
