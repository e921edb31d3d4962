using FractalTrader.Runtime;

namespace FractalTrader.TestKit;

/// <summary>A message a test actor received, with its sender. Immutable.</summary>
/// <param name="Message">The message.</param>
/// <param name="Sender">Who sent it (dead letters when nobody).</param>
public sealed record ReceivedMessage(object Message, IActorRef Sender);
