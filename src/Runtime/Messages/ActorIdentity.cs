namespace FractalTrader.Runtime;

/// <summary>The answer to <see cref="Identify"/>. Immutable.</summary>
/// <param name="MessageId">The id from the <see cref="Identify"/>.</param>
/// <param name="Subject">The actor, or <see langword="null"/> when nothing lives at the path asked.</param>
public sealed record ActorIdentity(object? MessageId, IActorRef? Subject);
