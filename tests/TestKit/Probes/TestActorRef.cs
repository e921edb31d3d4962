using FractalTrader.Runtime;

namespace FractalTrader.TestKit;

/// <summary>
/// The reference behind <c>TestActor</c> and each probe: whatever is sent to it is queued for the
/// test at once, on the sender's thread, so nothing waits in a mailbox (and nothing is lost when
/// the system shuts down). It can watch actors: their termination arrives as <see cref="Terminated"/>.
/// Thread-safe.
/// </summary>
internal sealed class TestActorRef(ActorSystem system, ActorPath path, ReceivedMessages received, Func<object, bool> isIgnored) : IInternalActorRef
{
    private readonly Lock gate = new();
    private readonly HashSet<IActorRef> watching = [];

    public ActorPath Path { get; } = path;

    public bool IsTerminated => false;

    public ActorSystem System => system;

    public void Tell(object message, IActorRef? sender)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!isIgnored(message))
        {
            received.Add(new ReceivedMessage(message, sender ?? system.DeadLetters));
        }
    }

    public void SendSystemMessage(SystemMessage message)
    {
        if (message is not DeathWatchNotification notification)
        {
            return;
        }

        bool watched;
        lock (gate)
        {
            watched = watching.Remove(notification.Actor);
        }

        if (watched)
        {
            Tell(new Terminated(notification.Actor, notification.ExistenceConfirmed), notification.Actor);
        }
    }

    public void Watch(IActorRef subject)
    {
        if (subject is not IInternalActorRef target)
        {
            throw new ArgumentException($"{subject} is not an actor of this system and cannot be watched.", nameof(subject));
        }

        lock (gate)
        {
            if (!watching.Add(subject))
            {
                return;
            }
        }

        target.SendSystemMessage(new Runtime.Watch(target, this));
    }

    public void Unwatch(IActorRef subject)
    {
        lock (gate)
        {
            if (!watching.Remove(subject))
            {
                return;
            }
        }

        if (subject is IInternalActorRef target)
        {
            target.SendSystemMessage(new Runtime.Unwatch(target, this));
        }
    }

    public override string ToString() => $"[{Path}]";
}
