namespace FractalTrader.Runtime;

/// <summary>
/// The receive timeout of one actor. Each message only records the time (no timer call per
/// message); when the timer fires it checks how long the actor has really been idle and either
/// sends a tick or waits the rest of the period.
/// </summary>
internal sealed class ReceiveTimeoutTimer : IDisposable
{
    private readonly ActorCell cell;
    private readonly TimeProvider clock;
    private readonly ITimer timer;
    private long lastActivity;
    private volatile bool disposed;

    public ReceiveTimeoutTimer(ActorCell cell, TimeProvider clock, TimeSpan timeout)
    {
        this.cell = cell;
        this.clock = clock;
        Timeout = timeout;
        lastActivity = clock.GetTimestamp();
        timer = clock.CreateTimer(static state => ((ReceiveTimeoutTimer)state!).OnTimer(), this, System.Threading.Timeout.InfiniteTimeSpan, System.Threading.Timeout.InfiniteTimeSpan);
        timer.Change(timeout, System.Threading.Timeout.InfiniteTimeSpan);
    }

    public TimeSpan Timeout { get; }

    /// <summary>A message arrived; the idle period starts again.</summary>
    public void Touch(object message)
    {
        if (message is not INotInfluenceReceiveTimeout)
        {
            Volatile.Write(ref lastActivity, clock.GetTimestamp());
        }
    }

    /// <summary>Whether a tick should become <see cref="ReceiveTimeout"/>: it is this timer's and the actor is still idle.</summary>
    public bool Accept(ReceiveTimeoutTick tick)
    {
        if (!ReferenceEquals(tick.Owner, this) || disposed)
        {
            return false;
        }

        var idle = clock.GetElapsedTime(Volatile.Read(ref lastActivity));
        if (idle < Timeout)
        {
            timer.Change(Timeout - idle, System.Threading.Timeout.InfiniteTimeSpan);
            return false;
        }

        Volatile.Write(ref lastActivity, clock.GetTimestamp());
        timer.Change(Timeout, System.Threading.Timeout.InfiniteTimeSpan);
        return true;
    }

    public void Dispose()
    {
        disposed = true;
        timer.Dispose();
    }

    private void OnTimer()
    {
        if (disposed)
        {
            return;
        }

        var idle = clock.GetElapsedTime(Volatile.Read(ref lastActivity));
        if (idle >= Timeout)
        {
            cell.SendUserMessage(new ReceiveTimeoutTick(this), null);
        }
        else
        {
            timer.Change(Timeout - idle, System.Threading.Timeout.InfiniteTimeSpan);
        }
    }
}
