namespace FractalTrader.Runtime;

/// <summary>The <see cref="ITimerScheduler"/> of one actor cell; used from the actor's turn, fired from timer threads.</summary>
internal sealed class TimerScheduler(ActorCell cell) : ITimerScheduler
{
    private Dictionary<object, Entry>? timers;
    private int generation;

    public IReadOnlyCollection<object> ActiveTimers => timers is null ? [] : [.. timers.Keys];

    public void StartSingleTimer(object key, object msg, TimeSpan timeout) => Start(key, msg, timeout, Timeout.InfiniteTimeSpan);

    public void StartPeriodicTimer(object key, object msg, TimeSpan interval) => Start(key, msg, interval, interval);

    public void StartPeriodicTimer(object key, object msg, TimeSpan initialDelay, TimeSpan interval)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        Start(key, msg, initialDelay, interval);
    }

    public bool IsTimerActive(object key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return timers?.ContainsKey(key) == true;
    }

    public void Cancel(object key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (timers?.Remove(key, out var entry) == true)
        {
            entry.Dispose();
        }
    }

    public void CancelAll()
    {
        if (timers is null)
        {
            return;
        }

        foreach (var entry in timers.Values)
        {
            entry.Dispose();
        }

        timers.Clear();
    }

    /// <summary>Whether a timer message is current; a single timer is done once its message is accepted.</summary>
    public bool Accept(TimerMessage message)
    {
        if (!ReferenceEquals(message.Owner, this) || timers is null
            || !timers.TryGetValue(message.Key, out var entry) || entry.Message.Generation != message.Generation)
        {
            return false;
        }

        if (!entry.Periodic)
        {
            timers.Remove(message.Key);
            entry.Dispose();
        }

        return true;
    }

    private void Start(object key, object msg, TimeSpan delay, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(msg);
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        Cancel(key);
        var entry = new Entry(cell, new TimerMessage(key, ++generation, msg, this), period != Timeout.InfiniteTimeSpan);
        (timers ??= []).Add(key, entry);
        entry.Start(cell.System.TimeProvider, delay, period);
    }

    private sealed class Entry(ActorCell cell, TimerMessage message, bool periodic) : IDisposable
    {
        private ITimer? timer;
        private volatile bool disposed;

        public TimerMessage Message { get; } = message;

        public bool Periodic { get; } = periodic;

        public void Start(TimeProvider clock, TimeSpan delay, TimeSpan period)
        {
            timer = clock.CreateTimer(static state => ((Entry)state!).Fire(), this, delay, period);
            if (disposed)
            {
                timer.Dispose();
            }
        }

        public void Dispose()
        {
            disposed = true;
            timer?.Dispose();
        }

        private void Fire()
        {
            if (!disposed)
            {
                cell.SendUserMessage(Message, null);
            }
        }
    }
}
