using System.Collections.Concurrent;

namespace FractalTrader.Runtime;

/// <summary>
/// The system's ask deadlines: one <see cref="TimeoutQueue"/> per distinct timeout (usually
/// just the default). Beyond a handful of distinct timeouts an ask gets a timer of its own, so
/// computed timeouts cannot grow this without bound. Thread-safe.
/// </summary>
internal sealed class AskTimeouts(TimeProvider clock) : IDisposable
{
    private const int MaxQueues = 16;
    private readonly ConcurrentDictionary<TimeSpan, TimeoutQueue> queues = new();

    /// <summary>Registers <paramref name="entry"/> to time out after <paramref name="timeout"/>; false when the caller should keep its own timer.</summary>
    public bool TryAdd(ITimeoutEntry entry, TimeSpan timeout)
    {
        if (!queues.TryGetValue(timeout, out var queue))
        {
            if (queues.Count >= MaxQueues)
            {
                return false;
            }

            queue = queues.GetOrAdd(timeout, t => new TimeoutQueue(clock, t));
        }

        return queue.Add(entry);
    }

    public void Dispose()
    {
        foreach (var queue in queues.Values)
        {
            queue.Dispose();
        }
    }
}
