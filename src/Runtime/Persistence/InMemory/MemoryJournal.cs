using System.Runtime.CompilerServices;

namespace FractalTrader.Runtime;

/// <summary>
/// A journal in memory, for tests. It serializes every event like a durable journal does, so an
/// unregistered event is rejected here too, and it enforces one writer per sequence number.
/// Thread-safe. Mirrors Akka.Persistence's <c>MemoryJournal</c>.
/// </summary>
public sealed class MemoryJournal : IAsyncWriteJournal, IReadJournal
{
    private const int PageSize = 256;

    private readonly Lock gate = new();
    private readonly EventSerializer serializer;
    private readonly TimeProvider timeProvider;
    private readonly TimeSpan pollInterval;
    private readonly CommitSignal committed = new();
    private readonly List<StoredEvent> all = [];
    private readonly Dictionary<string, SortedList<long, StoredEvent>> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<StoredEvent>> byTag = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> deletedTo = new(StringComparer.Ordinal);

    /// <summary>Creates an empty journal.</summary>
    /// <param name="serializer">Serializes events and reads them back.</param>
    /// <param name="timeProvider">Stamps events; the default is the system clock.</param>
    public MemoryJournal(EventSerializer serializer, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(serializer);
        this.serializer = serializer;
        this.timeProvider = timeProvider ?? TimeProvider.System;

        // Every write here signals live queries, so polling is only a safety net.
        pollInterval = TimeSpan.FromSeconds(1);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Exception?>> WriteMessagesAsync(IReadOnlyList<AtomicWrite> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        cancellationToken.ThrowIfCancellationRequested();
        var now = timeProvider.GetUtcNow();
        var results = new Exception?[messages.Count];
        var accepted = new List<(AtomicWrite Write, IReadOnlyList<StoredEvent> Events)>();
        for (var i = 0; i < messages.Count; i++)
        {
            var events = JournalSerialization.TrySerialize(messages[i], serializer, now, out var rejection);
            results[i] = rejection;
            if (events is not null)
            {
                accepted.Add((messages[i], events));
            }
        }

        lock (gate)
        {
            foreach (var (write, events) in accepted)
            {
                if (byId.TryGetValue(write.PersistenceId, out var stream) && events.Any(e => stream.ContainsKey(e.SequenceNr)))
                {
                    return Task.FromException<IReadOnlyList<Exception?>>(
                        new JournalWriteConflictException(write.PersistenceId, write.LowestSequenceNr, write.HighestSequenceNr));
                }
            }

            foreach (var (_, events) in accepted)
            {
                foreach (var stored in events)
                {
                    var withOrdering = stored with { Ordering = all.Count + 1 };
                    all.Add(withOrdering);
                    if (!byId.TryGetValue(stored.PersistenceId, out var stream))
                    {
                        stream = [];
                        byId.Add(stored.PersistenceId, stream);
                    }

                    stream.Add(stored.SequenceNr, withOrdering);
                    foreach (var tag in stored.Tags)
                    {
                        if (!byTag.TryGetValue(tag, out var tagged))
                        {
                            tagged = [];
                            byTag.Add(tag, tagged);
                        }

                        tagged.Add(withOrdering);
                    }
                }
            }
        }

        committed.Notify();
        return Task.FromResult<IReadOnlyList<Exception?>>(results);
    }

    /// <inheritdoc />
    public Task DeleteMessagesToAsync(string persistenceId, long toSequenceNr, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(persistenceId);
        lock (gate)
        {
            // As in a SQL journal, a delete reaches only events written before it.
            var highest = byId.TryGetValue(persistenceId, out var stream) && stream.Count > 0 ? stream.Keys[^1] : 0;
            var to = Math.Min(toSequenceNr, highest);
            if (to > deletedTo.GetValueOrDefault(persistenceId))
            {
                deletedTo[persistenceId] = to;
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<long> ReadHighestSequenceNrAsync(string persistenceId, long fromSequenceNr, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(persistenceId);
        lock (gate)
        {
            var highest = byId.TryGetValue(persistenceId, out var stream) && stream.Count > 0 ? stream.Keys[^1] : 0;
            return Task.FromResult(Math.Max(highest, fromSequenceNr));
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<Persistent> ReplayMessagesAsync(
        string persistenceId, long fromSequenceNr, long toSequenceNr, long max, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(persistenceId);
        var next = fromSequenceNr;
        var remaining = max;
        while (remaining > 0 && next <= toSequenceNr)
        {
            var page = new List<StoredEvent>(PageSize);
            lock (gate)
            {
                if (!byId.TryGetValue(persistenceId, out var stream))
                {
                    break;
                }

                var floor = Math.Max(next, DeletedTo(persistenceId) + 1);
                var keys = stream.Keys;
                for (var i = LowerBound(keys, floor, k => k); i < keys.Count && page.Count < Math.Min(PageSize, remaining) && keys[i] <= toSequenceNr; i++)
                {
                    page.Add(stream.Values[i]);
                }
            }

            if (page.Count == 0)
            {
                yield break;
            }

            foreach (var stored in page)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return JournalSerialization.ToPersistent(serializer, stored);
            }

            remaining -= page.Count;
            next = page[^1].SequenceNr + 1;
            await Task.Yield();
        }
    }

    /// <inheritdoc />
    public IAsyncEnumerable<EventEnvelope> CurrentEventsByTag(string tag, long fromOffset = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tag);
        return Current(() => byTag.TryGetValue(tag, out var tagged) ? tagged : [], fromOffset, cancellationToken);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<EventEnvelope> EventsByTag(string tag, long fromOffset = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tag);
        return LiveEventStream.Follow((offset, ct) => CurrentEventsByTag(tag, offset, ct), fromOffset, committed, pollInterval, timeProvider, cancellationToken);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<EventEnvelope> CurrentAllEvents(long fromOffset = 0, CancellationToken cancellationToken = default) =>
        Current(() => all, fromOffset, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<EventEnvelope> AllEvents(long fromOffset = 0, CancellationToken cancellationToken = default) =>
        LiveEventStream.Follow(CurrentAllEvents, fromOffset, committed, pollInterval, timeProvider, cancellationToken);

    /// <inheritdoc />
    public async IAsyncEnumerable<string> CurrentPersistenceIds([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        List<string> ids;
        lock (gate)
        {
            ids = [.. byId.Keys];
        }

        ids.Sort(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return id;
        }

        await Task.CompletedTask;
    }

    private static int LowerBound<T>(IList<T> sorted, long value, Func<T, long> key)
    {
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (key(sorted[mid]) < value)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private long DeletedTo(string persistenceId) => deletedTo.GetValueOrDefault(persistenceId);

    private async IAsyncEnumerable<EventEnvelope> Current(
        Func<List<StoredEvent>> source, long fromOffset, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long end;
        lock (gate)
        {
            end = all.Count;
        }

        var offset = fromOffset;
        while (true)
        {
            var page = new List<StoredEvent>(PageSize);
            var scanned = 0;
            lock (gate)
            {
                var events = source();
                for (var i = LowerBound(events, offset + 1, e => e.Ordering); i < events.Count && scanned < PageSize && events[i].Ordering <= end; i++)
                {
                    scanned++;
                    offset = events[i].Ordering;
                    if (events[i].SequenceNr > DeletedTo(events[i].PersistenceId))
                    {
                        page.Add(events[i]);
                    }
                }
            }

            if (scanned == 0)
            {
                yield break;
            }

            foreach (var stored in page)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return JournalSerialization.ToEnvelope(serializer, stored);
            }

            await Task.Yield();
        }
    }
}
