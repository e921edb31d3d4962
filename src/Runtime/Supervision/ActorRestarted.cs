namespace FractalTrader.Runtime;

/// <summary>Published when an actor has been restarted by its supervisor, after <c>PostRestart</c>. Immutable.</summary>
/// <param name="Actor">The restarted actor (same reference as before the restart).</param>
/// <param name="Cause">The failure that caused the restart.</param>
public sealed record ActorRestarted(IActorRef Actor, Exception Cause);
