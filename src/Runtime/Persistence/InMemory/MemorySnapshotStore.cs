namespace FractalTrader.Runtime;

/// <summary>
/// A snapshot store in memory, for tests. It serializes every snapshot like a durable store, so
/// an unregistered state type fails here too. Thread-safe. Mirrors Akka.Persistence's
/// <c>MemorySnapshotStore</c>.
/// </summary>
public sealed class MemorySnapshotStore : ISnapshotStore
{
    private readonly Lock gate = new();
    private readonly EventSerializer serializer;
    private readonly Dictionary<string, SortedList<long, (SnapshotMetadata Metadata, SerializedPayload Payload)>> snapshots = new(StringComparer.Ordinal);

    /// <summary>Creates an empty store.</summary>
    public MemorySnapshotStore(EventSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(serializer);
        this.serializer = serializer;
    }

    /// <inheritdoc />
    public Task<SelectedSnapshot?> LoadAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(persistenceId);
        ArgumentNullException.ThrowIfNull(criteria);
        (SnapshotMetadata Metadata, SerializedPayload Payload)? found = null;
        lock (gate)
        {
            if (snapshots.TryGetValue(persistenceId, out var stored))
            {
                for (var i = stored.Count - 1; i >= 0 && found is null; i--)
                {
                    if (criteria.IsMatch(stored.Values[i].Metadata))
                    {
                        found = stored.Values[i];
                    }
                }
            }
        }

        if (found is not { } hit)
        {
            return Task.FromResult<SelectedSnapshot?>(null);
        }

        var state = JournalSerialization.ReadPayload(serializer, persistenceId, hit.Metadata.SequenceNr, hit.Payload.Manifest, hit.Payload.Bytes);
        return Task.FromResult<SelectedSnapshot?>(new SelectedSnapshot(hit.Metadata, state));
    }

    /// <inheritdoc />
    public Task SaveAsync(SnapshotMetadata metadata, object snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(snapshot);
        var payload = SnapshotSerialization.Serialize(serializer, metadata, snapshot);
        lock (gate)
        {
            if (!snapshots.TryGetValue(metadata.PersistenceId, out var stored))
            {
                stored = [];
                snapshots.Add(metadata.PersistenceId, stored);
            }

            stored[metadata.SequenceNr] = (metadata, payload);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task DeleteAsync(SnapshotMetadata metadata, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        lock (gate)
        {
            if (snapshots.TryGetValue(metadata.PersistenceId, out var stored))
            {
                stored.Remove(metadata.SequenceNr);
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task DeleteAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(persistenceId);
        ArgumentNullException.ThrowIfNull(criteria);
        lock (gate)
        {
            if (snapshots.TryGetValue(persistenceId, out var stored))
            {
                foreach (var sequenceNr in stored.Values.Where(s => criteria.IsMatch(s.Metadata)).Select(s => s.Metadata.SequenceNr).ToList())
                {
                    stored.Remove(sequenceNr);
                }
            }
        }

        return Task.CompletedTask;
    }
}
