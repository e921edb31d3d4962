namespace FractalTrader.Runtime;

/// <summary>The reference behind <see cref="ActorRefs.Nobody"/>. Thread-safe singleton.</summary>
internal sealed class NobodyActorRef : IInternalActorRef
{
    private NobodyActorRef()
    {
    }

    public static NobodyActorRef Instance { get; } = new();

    public ActorPath Path { get; } = ActorPath.Root / "Nobody";

    public bool IsTerminated => true;

    public ActorSystem? System => null;

    public void Tell(object message, IActorRef? sender)
    {
        // Messages to nobody vanish, as in Akka.NET.
    }

    public void SendSystemMessage(SystemMessage message)
    {
        if (message is Watch watch && !ReferenceEquals(watch.Watcher, this))
        {
            watch.Watcher.SendSystemMessage(new DeathWatchNotification(this));
        }
    }

    public override string ToString() => "[Nobody]";
}
