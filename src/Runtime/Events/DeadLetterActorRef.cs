namespace FractalTrader.Runtime;

/// <summary>The system's <c>DeadLetters</c>: whatever is sent here is counted, published and logged as a dead letter.</summary>
internal sealed class DeadLetterActorRef(ActorSystem system) : IInternalActorRef
{
    public ActorSystem System { get; } = system;

    public ActorPath Path { get; } = ActorPath.Root / "deadLetters";

    public bool IsTerminated => false;

    public void Tell(object message, IActorRef? sender)
    {
        ArgumentNullException.ThrowIfNull(message);
        System.DeadLetter(message, sender, this);
    }

    public void SendSystemMessage(SystemMessage message)
    {
        if (message is Watch watch && !ReferenceEquals(watch.Watcher, this))
        {
            // Dead letters is no actor: watching it yields Terminated at once, like a dead actor.
            watch.Watcher.SendSystemMessage(new DeathWatchNotification(this, existenceConfirmed: false));
        }
    }

    public override string ToString() => "[/deadLetters]";
}
