namespace FractalTrader.Runtime;

// Written by hand: a TimeProvider timer per ask costs more than the rest of the ask (creating and
// disposing a system timer takes a process-wide timer-queue lock twice), and no package offers a
// deadline queue over TimeProvider.

/// <summary>
/// Deadlines that all share one timeout, so they expire in the order they were added: a
/// linked list under a lock plus one timer armed for the earliest deadline. Adding and removing
/// are O(1); the timer is changed only when the list was empty past its armed time, so a steady
/// stream of asks costs no timer call at all. Exact by the clock, manual clocks included.
/// Thread-safe.
/// </summary>
internal sealed class TimeoutQueue : IDisposable
{
    private readonly Lock gate = new();
    private readonly TimeProvider clock;
    private readonly long timeoutTicks;
    private readonly ITimer timer;
    private ITimeoutEntry? head;
    private ITimeoutEntry? tail;
    private long armedFor = long.MaxValue;
    private bool disposed;

    public TimeoutQueue(TimeProvider clock, TimeSpan timeout)
    {
        this.clock = clock;
        Timeout = timeout;
        timeoutTicks = (long)(timeout.TotalSeconds * clock.TimestampFrequency);
        timer = clock.CreateTimer(static state => ((TimeoutQueue)state!).Expire(), this, System.Threading.Timeout.InfiniteTimeSpan, System.Threading.Timeout.InfiniteTimeSpan);
    }

    public TimeSpan Timeout { get; }

    /// <summary>Adds <paramref name="entry"/> with a deadline one timeout from now; false once the queue is disposed.</summary>
    public bool Add(ITimeoutEntry entry)
    {
        long arm;
        lock (gate)
        {
            if (disposed)
            {
                return false;
            }

            var now = clock.GetTimestamp();
            entry.Deadline = now + timeoutTicks;
            entry.Queue = this;
            entry.Previous = tail;
            entry.Next = null;
            if (tail is null)
            {
                head = entry;
            }
            else
            {
                tail.Next = entry;
            }

            tail = entry;
            if (armedFor <= entry.Deadline)
            {
                return true;
            }

            armedFor = entry.Deadline;
            arm = entry.Deadline - now;
        }

        Arm(arm);
        return true;
    }

    /// <summary>Takes <paramref name="entry"/> out (it completed); the timer stays armed and re-arms itself when it fires.</summary>
    public void Remove(ITimeoutEntry entry)
    {
        lock (gate)
        {
            if (entry.Queue != this)
            {
                return;
            }

            Unlink(entry);
        }
    }

    /// <summary>Expires everything still waiting, e.g. when the system terminates.</summary>
    public void Dispose()
    {
        List<ITimeoutEntry> expired;
        lock (gate)
        {
            disposed = true;
            expired = TakeWhile(_ => true);
        }

        timer.Dispose();
        TimeOut(expired);
    }

    private void Expire()
    {
        List<ITimeoutEntry> expired;
        long arm = -1;
        lock (gate)
        {
            var now = clock.GetTimestamp();
            expired = TakeWhile(entry => entry.Deadline <= now);
            armedFor = head?.Deadline ?? long.MaxValue;
            if (head is not null)
            {
                arm = head.Deadline - now;
            }
        }

        if (arm >= 0)
        {
            Arm(arm);
        }

        TimeOut(expired);
    }

    /// <summary>Unlinks entries from the head while <paramref name="due"/> holds; under the lock.</summary>
    private List<ITimeoutEntry> TakeWhile(Func<ITimeoutEntry, bool> due)
    {
        var taken = new List<ITimeoutEntry>();
        while (head is { } entry && due(entry))
        {
            Unlink(entry);
            taken.Add(entry);
        }

        return taken;
    }

    private void Arm(long ticks) =>
        timer.Change(TimeSpan.FromSeconds(Math.Max(ticks, 0) / (double)clock.TimestampFrequency), System.Threading.Timeout.InfiniteTimeSpan);

    private void Unlink(ITimeoutEntry entry)
    {
        if (entry.Previous is null)
        {
            head = entry.Next;
        }
        else
        {
            entry.Previous.Next = entry.Next;
        }

        if (entry.Next is null)
        {
            tail = entry.Previous;
        }
        else
        {
            entry.Next.Previous = entry.Previous;
        }

        entry.Previous = null;
        entry.Next = null;
        entry.Queue = null;
    }

    private static void TimeOut(List<ITimeoutEntry> expired)
    {
        foreach (var entry in expired)
        {
            entry.TimedOut();
        }
    }
}
