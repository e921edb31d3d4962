using Microsoft.Extensions.Logging;

namespace FractalTrader.Runtime;

/// <summary>Creating, restarting and stopping the actor instance.</summary>
internal sealed partial class ActorCell
{
    private void HandleCreate()
    {
        try
        {
            actor = NewActor();
            actor.AroundPreStart();
            if (State == CellState.Starting)
            {
                SetState(CellState.Running);
            }
        }
        catch (Exception exception)
        {
            HandleInvokeFailure(AsInitializationFailure(exception, "creating"));
        }
    }

    private ActorBase NewActor()
    {
        var previous = constructing;
        constructing = this;
        try
        {
            var instance = Props.NewActor();
            instance.OnConstructed();
            return instance;
        }
        finally
        {
            constructing = previous;
        }
    }

    private ActorInitializationException AsInitializationFailure(Exception exception, string when) =>
        exception as ActorInitializationException
        ?? new ActorInitializationException(Self, $"{Path} ({Props.Type.Name}) failed while {when}: {exception.Message}", exception);

    private void HandleRecreate(Exception cause)
    {
        if (State >= CellState.Stopping)
        {
            return;
        }

        var failed = actor;
        if (failed is null)
        {
            // It failed while being created: there is nothing to tear down.
            FinishRecreate(cause);
            return;
        }

        var failedMessage = extras?.FailedMessage;
        AbandonPendingTasks();
        CancelTimersAndReceiveTimeout();
        extras?.UserStash?.UnstashAll();
        try
        {
            failed.AroundPreRestart(cause, failedMessage);
        }
        catch (Exception exception)
        {
            system.RuntimeLog.LogError(exception, "{ActorPath} threw in PreRestart; restarting anyway", Path);
        }

        SetState(CellState.Restarting);
        Extras.RecreateCause = cause;
        if (!HasStoppingChildren)
        {
            FinishRecreate(cause);
        }
    }

    private void FinishRecreate(Exception cause)
    {
        var failedMessage = extras?.FailedMessage;
        actor = null;
        ResetBehavior();
        try
        {
            var instance = NewActor();
            actor = instance;
            supervisorStrategy = null;
            Interlocked.Increment(ref restarts);
            SetState(CellState.Running);
            ClearFailure();
            instance.AroundPostRestart(cause, failedMessage);
        }
        catch (Exception exception)
        {
            HandleInvokeFailure(AsInitializationFailure(exception, "restarting"));
            return;
        }

        system.EventStream.Publish(new ActorRestarted(Self, cause));
    }

    private void HandleResume(Exception cause)
    {
        if (State == CellState.Suspended && ReferenceEquals(extras?.FailureCause, cause))
        {
            SetState(actor is null ? CellState.Starting : CellState.Running);
            ClearFailure();
            if (actor is null)
            {
                HandleCreate();
            }
        }

        // Children suspended by the same failure (it was escalated through this actor) resume too;
        // each child checks the cause itself, so the others ignore it.
        foreach (var child in ChildCells())
        {
            child.SendSystemMessage(new Resume(cause));
        }
    }

    private void ClearFailure()
    {
        if (extras is { } e)
        {
            e.FailedMessage = null;
            e.FailureCause = null;
            e.RecreateCause = null;
        }
    }

    /// <summary>Stops <paramref name="target"/>: this actor, a child, or any other local actor.</summary>
    public void Stop(IActorRef target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target is LocalActorRef local && local.Cell.ParentCell == this)
        {
            StopChild(local.Cell, reason: null);
        }
        else if (target is IInternalActorRef internalRef)
        {
            internalRef.SendSystemMessage(new Terminate(null));
        }
    }

    private void HandleTerminate(Exception? reason)
    {
        if (State >= CellState.Stopping)
        {
            return;
        }

        if (reason is not null)
        {
            Extras.StopReason = reason;
        }

        SetState(CellState.Stopping);
        AbandonPendingTasks();
        CancelTimersAndReceiveTimeout();
        StopAllChildren();
        if (!HasChildren)
        {
            FinishTerminate();
        }
    }

    private void FinishTerminate()
    {
        var instance = actor;
        if (instance is not null)
        {
            try
            {
                instance.AroundPostStop();
            }
            catch (Exception exception)
            {
                system.RuntimeLog.LogError(exception, "{ActorPath} threw in PostStop", Path);
            }
        }

        extras?.UserStash?.UnstashAll();

        // A full fence: a producer that saw the actor alive either queued before the drain below
        // or sees it terminated and schedules one more drain.
        Interlocked.Exchange(ref stateValue, (int)CellState.Terminated);
        var reason = extras?.StopReason;
        actor = null;
        behavior = null;
        currentMessage = null;
        currentSender = null;
        DrainToDeadLetters();
        UnwatchAllWatched();
        var leftovers = Reverse(Interlocked.Exchange(ref systemQueue, ClosedSystemQueue.Instance));
        for (var message = leftovers; message is not null; message = message.Next)
        {
            HandleSystemMessageAfterTermination(message);
        }

        TellWatchersWeDied();
        ParentCell?.SendSystemMessage(new DeathWatchNotification(Self));
        extras = null;
        system.EventStream.Publish(new ActorStopped(Self, reason));
    }

    private void CancelTimersAndReceiveTimeout()
    {
        extras?.Timers?.CancelAll();
        if (extras?.ReceiveTimeout is { } receiveTimeout)
        {
            receiveTimeout.Dispose();
            extras.ReceiveTimeout = null;
        }
    }
}
