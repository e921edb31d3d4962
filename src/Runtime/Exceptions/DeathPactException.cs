namespace FractalTrader.Runtime;

/// <summary>
/// An actor received <see cref="Terminated"/> for an actor it watched and did not handle it; the
/// default decider stops it, so watchers die with the watched unless they decide otherwise.
/// </summary>
public sealed class DeathPactException : Exception
{
    /// <summary>Creates the error naming the actor that died.</summary>
    public DeathPactException(IActorRef deadActor)
        : base($"Monitored actor {deadActor} terminated and its Terminated message was not handled.")
    {
        DeadActor = deadActor;
    }

    /// <summary>The watched actor that terminated.</summary>
    public IActorRef DeadActor { get; }
}
