namespace FractalTrader.Runtime;

/// <summary>Well-known references, as in Akka.NET.</summary>
public static class ActorRefs
{
    /// <summary>A reference to no actor: messages sent to it vanish, watching it yields <see cref="Terminated"/> at once.</summary>
    public static IActorRef Nobody { get; } = NobodyActorRef.Instance;

    /// <summary>No sender: pass it as the sender of a message sent from outside any actor.</summary>
    public static IActorRef? NoSender => null;
}
