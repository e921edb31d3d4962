using Microsoft.Extensions.Logging;

namespace FractalTrader.Runtime;

/// <summary>
/// The parts of an actor's cell that most actors never use (behavior stack, watches, stash,
/// timers, receive timeout, logger, failure bookkeeping), allocated on first use so an idle
/// actor stays small. Touched only by the actor's own turn.
/// </summary>
internal sealed class CellExtras
{
    public List<Receive>? BehaviorStack { get; set; }

    /// <summary>Actors this one watches, with the message to receive when they terminate (null: <see cref="Terminated"/>).</summary>
    public Dictionary<IActorRef, object?>? Watching { get; set; }

    public HashSet<IInternalActorRef>? Watchers { get; set; }

    /// <summary>Watched actors whose <see cref="Terminated"/> is queued; an unwatch before it is processed cancels it.</summary>
    public HashSet<IActorRef>? TerminatedQueued { get; set; }

    public EnvelopeDeque? Unstashed { get; set; }

    public UnboundedStash? UserStash { get; set; }

    public TimerScheduler? Timers { get; set; }

    public ReceiveTimeoutTimer? ReceiveTimeout { get; set; }

    public ILogger? Logger { get; set; }

    public ActorSynchronizationContext? SynchronizationContext { get; set; }

    /// <summary>The message being processed when the actor failed; given to <c>PreRestart</c>.</summary>
    public object? FailedMessage { get; set; }

    /// <summary>The failure the actor is suspended for; a <see cref="Resume"/> must name it.</summary>
    public Exception? FailureCause { get; set; }

    /// <summary>The cause of a restart waiting for stopped children to terminate.</summary>
    public Exception? RecreateCause { get; set; }

    public Exception? StopReason { get; set; }

    /// <summary>How many asynchronous handler tasks hold the mailbox.</summary>
    public int PendingTasks { get; set; }

    /// <summary>Bumped on failure, restart and stop so completions of abandoned tasks are ignored.</summary>
    public int TaskGeneration { get; set; }

    /// <summary>The <see cref="ActorCell.Sequence"/> of the message stashed last, to refuse stashing it twice.</summary>
    public long LastStashedSequence { get; set; } = -1;
}
