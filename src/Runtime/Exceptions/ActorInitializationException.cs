namespace FractalTrader.Runtime;

/// <summary>
/// An actor could not be created or restarted: its constructor, <c>PreStart</c> or
/// <c>PostRestart</c> threw. The default supervisor decider stops such an actor.
/// </summary>
public sealed class ActorInitializationException : Exception
{
    /// <summary>Creates the error for <paramref name="actor"/>.</summary>
    public ActorInitializationException(IActorRef? actor, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Actor = actor;
    }

    /// <summary>The actor that failed to initialize, when known.</summary>
    public IActorRef? Actor { get; }
}
