namespace FractalTrader.Runtime;

/// <summary>Asks any actor for its reference; it answers <see cref="ActorIdentity"/> without involving its behavior. Immutable.</summary>
/// <param name="MessageId">Echoed back in the answer to tell answers apart.</param>
public sealed record Identify(object? MessageId) : IAutoReceivedMessage;
