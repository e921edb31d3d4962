namespace FractalTrader.Runtime;

/// <summary>The <see cref="ITimerScheduler"/> of one actor cell; used from the actor's turn, fired from timer threads.</summary>
internal sealed class TimerScheduler(ActorCell cell) : ITimerScheduler
{
    private Dictionary<object, ScheduledTell>? timers;

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
            entry.Cancel();
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
            entry.Cancel();
        }

        timers.Clear();
    }

    /// <summary>Whether a timer message is current; a single timer is done once its message is accepted.</summary>
    public bool Accept(TimerMessage message)
    {
        if (timers is null || !timers.TryGetValue(message.Key, out var entry) || !ReferenceEquals(entry.Message, message))
        {
            return false;
        }

        if (!entry.Repeated)
        {
            timers.Remove(message.Key);
        }

        return true;
    }

    private void Start(object key, object msg, TimeSpan delay, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(msg);
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        Cancel(key);
        var entry = new ScheduledTell(cell.Self, new TimerMessage(key, msg), null, period != Timeout.InfiniteTimeSpan);
        (timers ??= []).Add(key, entry);
        entry.Start(cell.System.TimeProvider, delay, period);
    }
}
