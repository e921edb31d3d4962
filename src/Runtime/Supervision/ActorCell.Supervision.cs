using Microsoft.Extensions.Logging;

namespace FractalTrader.Runtime;

/// <summary>Failing, and supervising children that fail.</summary>
internal sealed partial class ActorCell
{
    private SupervisorStrategy? supervisorStrategy;

    // Restart statistics of this actor, kept and read only by its parent's turn.
    private int retriesInWindow;
    private long retryWindowStart;

    /// <summary>The strategy this actor applies to its failing children.</summary>
    private SupervisorStrategy SupervisorStrategy =>
        supervisorStrategy ??= Props.SupervisorStrategy ?? actor?.SupervisorStrategyInternal() ?? system.DefaultSupervisorStrategy;

    /// <summary>
    /// The actor failed (a handler threw, a task faulted, creation failed, or it escalates a
    /// child's failure): it suspends and asks its parent for a directive.
    /// </summary>
    /// <param name="cause">The failure.</param>
    /// <param name="escalatedMessageType">For an escalation, the type of the message the child failed on, for the log.</param>
    private void HandleInvokeFailure(Exception cause, Type? escalatedMessageType = null)
    {
        if (State >= CellState.Stopping)
        {
            system.RuntimeLog.LogError(cause, "{ActorPath} failed while stopping; the failure is ignored", Path);
            return;
        }

        if (State is CellState.Suspended or CellState.Restarting)
        {
            system.RuntimeLog.LogError(cause, "{ActorPath} failed again while waiting for its supervisor; the failure is ignored", Path);
            return;
        }

        var e = Extras;
        e.FailedMessage = currentMessage;
        e.FailureCause = cause;
        Volatile.Write(ref lastFailure, new ActorFailure(cause.GetType().FullName ?? cause.GetType().Name, cause.Message, system.TimeProvider.GetUtcNow()));
        AbandonPendingTasks();
        var messageType = currentMessage?.GetType() ?? escalatedMessageType;
        currentMessage = null;
        currentSender = null;
        SetState(CellState.Suspended);
        if (ParentCell is null)
        {
            system.RuntimeLog.LogCritical(cause, "The root guardian failed; stopping it");
            HandleTerminate(cause);
            return;
        }

        ParentCell.SendSystemMessage(new Failed(this, cause, messageType));
    }

    private void HandleFailed(Failed failed)
    {
        if (State >= CellState.Stopping || failed.Child.ParentCell != this || !IsChild(failed.Child))
        {
            return;
        }

        var strategy = SupervisorStrategy;
        var directive = strategy.Decide(failed.Cause);
        if (directive == Directive.Escalate)
        {
            HandleInvokeFailure(failed.Cause, failed.MessageType);
            return;
        }

        var applied = strategy.ApplyDirective(this, failed.Child, failed.Cause, directive);
        strategy.LogFailure(system.RuntimeLog, failed.Child.Path, failed.Cause, failed.MessageType, applied);
    }

    /// <summary>Restart permission per Akka.NET's rules; called by the parent's strategy, on the parent's turn.</summary>
    public bool RequestRestartPermission(int maxNrOfRetries, TimeSpan? withinTimeRange)
    {
        if (maxNrOfRetries == 0)
        {
            return false;
        }

        if (maxNrOfRetries < 0)
        {
            return true;
        }

        var clock = system.TimeProvider;
        var now = clock.GetTimestamp();
        if (withinTimeRange is null || withinTimeRange == Timeout.InfiniteTimeSpan)
        {
            return ++retriesInWindow <= maxNrOfRetries;
        }

        if (retriesInWindow == 0 || clock.GetElapsedTime(retryWindowStart, now) > withinTimeRange.Value)
        {
            retriesInWindow = 1;
            retryWindowStart = now;
            return true;
        }

        return ++retriesInWindow <= maxNrOfRetries;
    }

    /// <summary>Restarts a child; the parent's turn.</summary>
    public static void RestartChild(ActorCell child, Exception cause) => child.SendSystemMessage(new Recreate(cause));

    /// <summary>Resumes a child; the parent's turn.</summary>
    public static void ResumeChild(ActorCell child, Exception cause) => child.SendSystemMessage(new Resume(cause));

    /// <summary>Stops a child, remembering that a restart or stop of this actor waits for it.</summary>
    public void StopChild(ActorCell child, Exception? reason)
    {
        if (MarkStopping(child))
        {
            child.SendSystemMessage(new Terminate(reason));
        }
    }

    /// <summary>Stops this actor because of <paramref name="cause"/>: recorded as its last failure and in <see cref="ActorStopped"/>.</summary>
    public void StopWithFailure(Exception cause)
    {
        ArgumentNullException.ThrowIfNull(cause);
        Volatile.Write(ref lastFailure, new ActorFailure(cause.GetType().FullName ?? cause.GetType().Name, cause.Message, system.TimeProvider.GetUtcNow()));
        SendSystemMessage(new Terminate(cause));
    }
}
