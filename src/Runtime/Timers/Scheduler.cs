namespace FractalTrader.Runtime;

/// <summary>
/// Sends messages later, by the system's <see cref="TimeProvider"/> (Akka.NET's
/// <c>system.Scheduler</c>). Inside an actor prefer <see cref="IWithTimers"/>, whose timers are
/// cancelled with the actor. Everything scheduled is cancelled when the system terminates. Thread-safe.
/// </summary>
public sealed class Scheduler
{
    private readonly TimeProvider clock;
    private readonly Lock gate = new();
    private readonly HashSet<ScheduledTell> pending = [];
    private bool shutDown;

    internal Scheduler(TimeProvider clock)
    {
        this.clock = clock;
    }

    /// <summary>Sends <paramref name="message"/> to <paramref name="receiver"/> once, after <paramref name="delay"/>.</summary>
    public void ScheduleTellOnce(TimeSpan delay, ICanTell receiver, object message, IActorRef? sender) =>
        ScheduleTellOnceCancelable(delay, receiver, message, sender);

    /// <summary>Like <see cref="ScheduleTellOnce"/>, cancelable.</summary>
    public ICancelable ScheduleTellOnceCancelable(TimeSpan delay, ICanTell receiver, object message, IActorRef? sender)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        return Start(delay, Timeout.InfiniteTimeSpan, receiver, message, sender);
    }

    /// <summary>Sends <paramref name="message"/> after <paramref name="initialDelay"/>, then every <paramref name="interval"/>.</summary>
    public void ScheduleTellRepeatedly(TimeSpan initialDelay, TimeSpan interval, ICanTell receiver, object message, IActorRef? sender) =>
        ScheduleTellRepeatedlyCancelable(initialDelay, interval, receiver, message, sender);

    /// <summary>Like <see cref="ScheduleTellRepeatedly"/>, cancelable.</summary>
    public ICancelable ScheduleTellRepeatedlyCancelable(TimeSpan initialDelay, TimeSpan interval, ICanTell receiver, object message, IActorRef? sender)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(initialDelay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        return Start(initialDelay, interval, receiver, message, sender);
    }

    /// <summary>Cancels everything pending; called when the system terminates.</summary>
    internal void Shutdown()
    {
        ScheduledTell[] all;
        lock (gate)
        {
            shutDown = true;
            all = [.. pending];
            pending.Clear();
        }

        foreach (var send in all)
        {
            send.Cancel();
        }
    }

    private ScheduledTell Start(TimeSpan delay, TimeSpan period, ICanTell receiver, object message, IActorRef? sender)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        ArgumentNullException.ThrowIfNull(message);
        var send = new ScheduledTell(receiver, message, sender, period != Timeout.InfiniteTimeSpan, Forget);
        lock (gate)
        {
            if (shutDown)
            {
                send.Cancel();
                return send;
            }

            pending.Add(send);
        }

        send.Start(clock, delay, period);
        return send;
    }

    private void Forget(ScheduledTell send)
    {
        lock (gate)
        {
            pending.Remove(send);
        }
    }
}
