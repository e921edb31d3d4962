namespace FractalTrader.TestKit;

/// <summary>
/// The queue between a test actor and the test waiting on it. Thread-safe. Never disposed: a
/// straggler (a timer, an actor that outlived a failed shutdown) may still send to a test actor
/// after its test, and must not fail for it.
/// </summary>
internal sealed class ReceivedMessages
{
    private readonly Queue<ReceivedMessage> queue = new();
    private readonly Lock gate = new();
    private readonly SemaphoreSlim available = new(0);

    public int Count
    {
        get
        {
            lock (gate)
            {
                return queue.Count;
            }
        }
    }

    public void Add(ReceivedMessage message)
    {
        lock (gate)
        {
            queue.Enqueue(message);
        }

        available.Release();
    }

    /// <summary>Waits up to <paramref name="timeout"/> for the next message.</summary>
    public ReceivedMessage? Take(TimeSpan timeout)
    {
        if (!available.Wait(ClampTimeout(timeout)))
        {
            return null;
        }

        return Dequeue();
    }

    /// <summary>Waits up to <paramref name="timeout"/> for the next message, asynchronously.</summary>
    public async Task<ReceivedMessage?> TakeAsync(TimeSpan timeout)
    {
        if (!await available.WaitAsync(ClampTimeout(timeout)).ConfigureAwait(false))
        {
            return null;
        }

        return Dequeue();
    }

    private static TimeSpan ClampTimeout(TimeSpan timeout) => timeout < TimeSpan.Zero ? TimeSpan.Zero : timeout;

    private ReceivedMessage Dequeue()
    {
        lock (gate)
        {
            return queue.Dequeue();
        }
    }
}
