namespace FractalTrader.Runtime;

/// <summary>A watcher that is not an actor: runs a callback once when the watched actor terminates. Thread-safe.</summary>
internal sealed class DeathWatchCallback(ActorPath path, Action<IActorRef> onTerminated) : IInternalActorRef
{
    private int fired;

    public ActorPath Path { get; } = path;

    public bool IsTerminated => Volatile.Read(ref fired) == 1;

    public ActorSystem? System => null;

    public void Tell(object message, IActorRef? sender)
    {
        // Only death watch notifications matter to this watcher.
    }

    public void SendSystemMessage(SystemMessage message)
    {
        if (message is DeathWatchNotification notification && Interlocked.Exchange(ref fired, 1) == 0)
        {
            onTerminated(notification.Actor);
        }
    }

    /// <summary>Watches <paramref name="subject"/>; the callback runs at once if it is already dead.</summary>
    public void WatchOver(IInternalActorRef subject) => subject.SendSystemMessage(new Watch(subject, this));

    public override string ToString() => $"[{Path}]";
}
