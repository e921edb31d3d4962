using FractalTrader.Testing;

namespace FractalTrader.Exchange.Tests.Hyperliquid.EndToEnd;

/// <summary>
/// A manual clock that knows when code is waiting on it (a pending one-shot timer such as a retry
/// delay) and signals whenever such a wait starts, so a test can move time exactly when something
/// waits for it instead of sleeping.
/// </summary>
internal sealed class DrivenClock : TimeProvider
{
    private readonly ManualTimeProvider inner = new();
    private readonly SemaphoreSlim waitStarted = new(0, int.MaxValue);
    private int pendingDelays;

    public ManualTimeProvider Manual => inner;

    public int PendingDelays => Volatile.Read(ref pendingDelays);

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override long GetTimestamp() => inner.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (period != Timeout.InfiniteTimeSpan && period != TimeSpan.Zero)
        {
            return inner.CreateTimer(callback, state, dueTime, period);
        }

        Interlocked.Increment(ref pendingDelays);
        var fired = 0;
        void Done()
        {
            if (Interlocked.Exchange(ref fired, 1) == 0)
            {
                Interlocked.Decrement(ref pendingDelays);
            }
        }

        var timer = inner.CreateTimer(s => { Done(); callback(s); }, state, dueTime, period);
        waitStarted.Release();
        return new Tracked(timer, Done);
    }

    public void Advance(TimeSpan amount) => inner.Advance(amount);

    /// <summary>Runs <paramref name="work"/> to completion, moving time one step whenever something waits on the clock.</summary>
    public async Task DriveAsync(Task work, Func<bool> somethingWaits, TimeSpan step, TimeSpan patience)
    {
        using var giveUp = new CancellationTokenSource(patience);
        while (!work.IsCompleted)
        {
            if (PendingDelays > 0 || somethingWaits())
            {
                Advance(step);
                // Pace the clock (at most one step per couple of milliseconds) so it cannot run
                // away from requests still in flight; nothing here waits for an outcome.
                await Task.WhenAny(work, Task.Delay(TimeSpan.FromMilliseconds(2), CancellationToken.None));
                continue;
            }

            var signal = waitStarted.WaitAsync(TimeSpan.FromMilliseconds(100), giveUp.Token);
            await Task.WhenAny(work, signal);
            giveUp.Token.ThrowIfCancellationRequested();
        }

        await work;
    }

    private sealed class Tracked(ITimer timer, Action done) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => timer.Change(dueTime, period);

        public void Dispose()
        {
            done();
            timer.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
