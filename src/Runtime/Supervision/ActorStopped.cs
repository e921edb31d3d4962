namespace FractalTrader.Runtime;

/// <summary>Published when an actor has terminated, after <c>PostStop</c>. Immutable.</summary>
/// <param name="Actor">The actor.</param>
/// <param name="Reason">The failure that stopped it (supervision, or <c>StopWithFailure</c>); null for a normal stop.</param>
public sealed record ActorStopped(IActorRef Actor, Exception? Reason);
