// Written by hand: Microsoft.Extensions.TimeProvider.Testing (FakeTimeProvider) cannot be
// restored from this machine's package feed.
namespace FractalTrader.Testing;

/// <summary>
/// A <see cref="TimeProvider"/> whose clock moves only when a test calls <see cref="Advance"/>
/// or <see cref="SetUtcNow"/>. Timers created through it (including <c>Task.Delay</c> and
/// <c>CancellationTokenSource</c> with this provider) fire synchronously, in due-time order, on
/// the thread that advances the clock, with the clock set to each timer's due time as it fires.
/// Thread-safe.
/// </summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private readonly Lock gate = new();
    private readonly List<ManualTimer> timers = [];
    private DateTimeOffset now;
    private long sequence;

    /// <summary>Starts the clock at <paramref name="start"/>; the default is 2025-01-01T00:00Z.</summary>
    public ManualTimeProvider(DateTimeOffset? start = null)
    {
        now = start ?? new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    }

    /// <summary>How many timers are scheduled and not yet disposed or expired.</summary>
    public int ActiveTimerCount
    {
        get
        {
            lock (gate)
            {
                return timers.Count(t => t.DueAt is not null);
            }
        }
    }

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return now;
        }
    }

    /// <inheritdoc />
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <inheritdoc />
    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    /// <summary>Moves the clock forward, firing every timer that falls due on the way.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
    public void Advance(TimeSpan amount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(amount, TimeSpan.Zero);
        DateTimeOffset target;
        lock (gate)
        {
            target = now + amount;
        }

        SetUtcNow(target);
    }

    /// <summary>Sets the clock, firing every timer due up to the new time. Time never goes back.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The new time is before the current time.</exception>
    public void SetUtcNow(DateTimeOffset value)
    {
        while (true)
        {
            ManualTimer? next;
            lock (gate)
            {
                if (value < now)
                {
                    throw new ArgumentOutOfRangeException(nameof(value), value, $"The manual clock is at {now:O} and cannot go back.");
                }

                next = timers
                    .Where(t => t.DueAt is { } due && due <= value)
                    .OrderBy(t => t.DueAt)
                    .ThenBy(t => t.Sequence)
                    .FirstOrDefault();
                if (next is null)
                {
                    now = value;
                    return;
                }

                now = next.DueAt!.Value;
                next.DueAt = next.Period > TimeSpan.Zero ? now + next.Period : null;
                next.Sequence = ++sequence;
            }

            // Outside the lock: a callback may create, change or dispose timers.
            next.Fire();
        }
    }

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new ManualTimer(this, callback, state);
        lock (gate)
        {
            timers.Add(timer);
        }

        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Schedules the timer and says whether it is already due.</summary>
    private bool Schedule(ManualTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        lock (gate)
        {
            timer.Period = period == Timeout.InfiniteTimeSpan ? TimeSpan.Zero : period;
            timer.DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : now + dueTime;
            timer.Sequence = ++sequence;
            return timer.DueAt <= now;
        }
    }

    private void Remove(ManualTimer timer)
    {
        lock (gate)
        {
            timers.Remove(timer);
        }
    }

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        private bool disposed;

        public DateTimeOffset? DueAt { get; set; }

        public TimeSpan Period { get; set; }

        public long Sequence { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            if (Volatile.Read(ref disposed))
            {
                return false;
            }

            if ((dueTime < TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
                || (period < TimeSpan.Zero && period != Timeout.InfiniteTimeSpan))
            {
                throw new ArgumentOutOfRangeException(nameof(dueTime), "Due time and period must be non-negative or infinite.");
            }

            // As with a real timer, one already due fires now rather than on the next advance.
            if (owner.Schedule(this, dueTime, period))
            {
                owner.Advance(TimeSpan.Zero);
            }

            return true;
        }

        public void Fire()
        {
            if (!Volatile.Read(ref disposed))
            {
                callback(state);
            }
        }

        public void Dispose()
        {
            Volatile.Write(ref disposed, true);
            owner.Remove(this);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
