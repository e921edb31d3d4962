namespace FractalTrader.Runtime;

/// <summary>
/// A message told to a receiver after a delay, once or repeatedly, by a clock's timer; behind both
/// <see cref="Scheduler"/> and actor timers. Thread-safe: started and cancelled from anywhere, fired on the clock's thread.
/// </summary>
internal sealed class ScheduledTell(ICanTell receiver, object message, IActorRef? sender, bool repeated, Action<ScheduledTell>? onDone = null) : ICancelable
{
    private ITimer? timer;
    private volatile bool cancelled;

    public object Message => message;

    /// <summary>Whether it is told every period rather than once.</summary>
    public bool Repeated => repeated;

    public bool IsCancellationRequested => cancelled;

    public void Start(TimeProvider clock, TimeSpan delay, TimeSpan period)
    {
        timer = clock.CreateTimer(static state => ((ScheduledTell)state!).Fire(), this, delay, period);
        if (cancelled)
        {
            timer.Dispose();
        }
    }

    public void Cancel()
    {
        cancelled = true;
        timer?.Dispose();
        onDone?.Invoke(this);
    }

    private void Fire()
    {
        if (cancelled)
        {
            return;
        }

        receiver.Tell(message, sender);
        if (!repeated)
        {
            Cancel();
        }
    }
}
