namespace FractalTrader.Benchmarks.Actors;

/// <summary>Bars evaluated by every symbol's strategies, and a wait for a target count. Thread-safe.</summary>
internal sealed class BarCounter
{
    private long evaluated;
    private long target = long.MaxValue;
    private TaskCompletionSource reached = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public long Count => Interlocked.Read(ref evaluated);

    /// <summary>A task that completes once <paramref name="count"/> bars in all have been evaluated.</summary>
    public Task WhenReached(long count)
    {
        reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Interlocked.Exchange(ref target, count);
        if (Count >= count)
        {
            reached.TrySetResult();
        }

        return reached.Task;
    }

    public void Evaluated()
    {
        if (Interlocked.Increment(ref evaluated) >= Interlocked.Read(ref target))
        {
            reached.TrySetResult();
        }
    }
}
