namespace FractalTrader.Runtime;

/// <summary>
/// A handle to one incarnation of an actor: the only way to talk to it. Immutable and
/// thread-safe; share it freely, including in messages. Two handles are equal when they point to
/// the same incarnation.
/// </summary>
public interface IActorRef : ICanTell
{
    /// <summary>Where the actor lives, e.g. <c>/user/strategies/BTC</c>.</summary>
    ActorPath Path { get; }
}
