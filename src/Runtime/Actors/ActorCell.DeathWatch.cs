namespace FractalTrader.Runtime;

/// <summary>Watching other actors and being watched: the source of <see cref="Terminated"/>.</summary>
internal sealed partial class ActorCell
{
    public IActorRef Watch(IActorRef subject) => WatchCore(subject, message: null);

    public IActorRef WatchWith(IActorRef subject, object message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return WatchCore(subject, message);
    }

    public IActorRef Unwatch(IActorRef subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (extras?.Watching?.Remove(subject) == true && subject is IInternalActorRef target)
        {
            target.SendSystemMessage(new Unwatch(target, (IInternalActorRef)Self));
        }

        extras?.TerminatedQueued?.Remove(subject);
        return subject;
    }

    private IActorRef WatchCore(IActorRef subject, object? message)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (ReferenceEquals(subject, Self))
        {
            return subject;
        }

        if (subject is not IInternalActorRef target)
        {
            throw new ArgumentException($"{subject} is not an actor of this system and cannot be watched.", nameof(subject));
        }

        var watching = Extras.Watching ??= [];
        if (watching.TryGetValue(subject, out var existing))
        {
            if (!Equals(existing, message))
            {
                throw new IllegalActorStateException(
                    $"{Path} already watches {subject} with a different termination message; unwatch it first.");
            }

            return subject;
        }

        watching[subject] = message;
        target.SendSystemMessage(new Watch(target, (IInternalActorRef)Self));
        return subject;
    }

    private void HandleWatch(Watch watch)
    {
        if (ReferenceEquals(watch.Watchee, Self) && !ReferenceEquals(watch.Watcher, Self))
        {
            (Extras.Watchers ??= []).Add(watch.Watcher);
        }
    }

    private void HandleUnwatch(Unwatch unwatch)
    {
        if (ReferenceEquals(unwatch.Watchee, Self))
        {
            extras?.Watchers?.Remove(unwatch.Watcher);
        }
    }

    private void HandleDeathWatchNotification(DeathWatchNotification notification)
    {
        var subject = notification.Actor;
        if (State < CellState.Stopping && extras?.Watching is { } watching && watching.Remove(subject, out var custom))
        {
            if (custom is null)
            {
                (Extras.TerminatedQueued ??= []).Add(subject);
                SendUserMessage(new Terminated(subject, notification.ExistenceConfirmed), subject);
            }
            else
            {
                SendUserMessage(custom, subject);
            }
        }

        if (subject is LocalActorRef local && local.Cell.ParentCell == this)
        {
            HandleChildTerminated(local.Cell);
        }
    }

    private bool ConsumeQueuedTerminated(IActorRef subject) => extras?.TerminatedQueued?.Remove(subject) == true;

    private void UnwatchAllWatched()
    {
        if (extras?.Watching is not { Count: > 0 } watching)
        {
            return;
        }

        foreach (var subject in watching.Keys)
        {
            if (subject is IInternalActorRef target)
            {
                target.SendSystemMessage(new Unwatch(target, (IInternalActorRef)Self));
            }
        }

        watching.Clear();
    }

    private void TellWatchersWeDied()
    {
        if (extras?.Watchers is not { Count: > 0 } watchers)
        {
            return;
        }

        foreach (var watcher in watchers)
        {
            if (!ReferenceEquals(watcher, ParentCell?.Self))
            {
                watcher.SendSystemMessage(new DeathWatchNotification(Self));
            }
        }

        watchers.Clear();
    }
}
