using Microsoft.Extensions.Logging;

namespace FractalTrader.Runtime;

/// <summary>The rest of the actor's context: receive timeout, selections, stash, timers, logging, drops.</summary>
internal sealed partial class ActorCell
{
    public TimeSpan? ReceiveTimeout => extras?.ReceiveTimeout?.Timeout;

    public IActorRef? CurrentSender => currentSender;

    /// <summary>The stash behind <see cref="IWithStash.Stash"/>; one per cell, so it survives restarts.</summary>
    public IStash UserStash => Extras.UserStash ??= new UnboundedStash(this);

    /// <summary>The timers behind <see cref="IWithTimers.Timers"/>; one per cell, cancelled on restart and stop.</summary>
    public ITimerScheduler Timers => Extras.Timers ??= new TimerScheduler(this);

    public ILogger Logger => Extras.Logger ??= new ActorLogger(system.LoggerFactory.CreateLogger(Props.Type.FullName ?? Props.Type.Name), Path);

    public void SetReceiveTimeout(TimeSpan? timeout)
    {
        if (timeout is { } value && value != Timeout.InfiniteTimeSpan)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, TimeSpan.Zero, nameof(timeout));
        }

        var e = Extras;
        e.ReceiveTimeout?.Dispose();
        e.ReceiveTimeout = timeout is { } t && t != Timeout.InfiniteTimeSpan
            ? new ReceiveTimeoutTimer(this, system.TimeProvider, t)
            : null;
    }

    public ActorSelection ActorSelection(string path) => new(system, this, path);

    /// <summary>A further stash of this actor, e.g. the persistence layer's internal stash.</summary>
    public IStash CreateStash() => new UnboundedStash(this);

    /// <summary>Puts envelopes in front of the mailbox, in their order; the actor's turn only.</summary>
    public void Prepend(ReadOnlySpan<Envelope> envelopes)
    {
        if (envelopes.IsEmpty)
        {
            return;
        }

        (Extras.Unstashed ??= new EnvelopeDeque()).PushFront(envelopes);
    }

    /// <summary>A bounded mailbox dropped <paramref name="envelope"/>.</summary>
    public void ReportDropped(Envelope envelope, string reason)
    {
        Interlocked.Increment(ref dropped);
        system.Dropped(envelope.Message, envelope.Sender, Self, reason);
    }

    /// <summary>A bounded mailbox refused a message: it goes to dead letters.</summary>
    public void ReportRejected(object message, IActorRef? sender) => system.DeadLetter(message, sender, Self);
}
