namespace FractalTrader.Runtime;

/// <summary>
/// Events of one persistence id that the journal writes all together or not at all: one
/// <c>Persist</c> is an atomic write of one event, one <c>PersistAll</c> an atomic write of many.
/// Immutable and thread-safe.
/// </summary>
public sealed record AtomicWrite
{
    /// <summary>Creates the write after checking that it can be written as one unit.</summary>
    /// <exception cref="ArgumentException">
    /// The list is empty, its persistence id is empty or mixed, or its sequence numbers are not
    /// consecutive and ascending from at least 1.
    /// </exception>
    public AtomicWrite(IReadOnlyList<Persistent> payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (payload.Count == 0)
        {
            throw new ArgumentException("An atomic write needs at least one event.", nameof(payload));
        }

        var first = payload[0];
        CheckFirst(first, nameof(payload));

        for (var i = 1; i < payload.Count; i++)
        {
            var item = payload[i];
            if (!string.Equals(item.PersistenceId, first.PersistenceId, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"An atomic write is for one persistence id: '{first.PersistenceId}' and '{item.PersistenceId}' are mixed.", nameof(payload));
            }

            if (item.SequenceNr != first.SequenceNr + i)
            {
                throw new ArgumentException(
                    $"Persistence id '{first.PersistenceId}': sequence nr {item.SequenceNr} at position {i} should be {first.SequenceNr + i}.", nameof(payload));
            }
        }

        Payload = [.. payload];
    }

    /// <summary>Creates the write of a single event.</summary>
    /// <exception cref="ArgumentException">Its persistence id is empty or its sequence number below 1.</exception>
    public AtomicWrite(Persistent persistent)
    {
        // Every Persist makes one: a single-element list, without the copy the general constructor makes.
        ArgumentNullException.ThrowIfNull(persistent);
        CheckFirst(persistent, nameof(persistent));
        Payload = [persistent];
    }

    /// <summary>The events, in sequence order.</summary>
    public IReadOnlyList<Persistent> Payload { get; }

    /// <summary>The persistence id every event belongs to.</summary>
    public string PersistenceId => Payload[0].PersistenceId;

    /// <summary>The sequence number of the first event.</summary>
    public long LowestSequenceNr => Payload[0].SequenceNr;

    /// <summary>The sequence number of the last event.</summary>
    public long HighestSequenceNr => Payload[^1].SequenceNr;

    private static void CheckFirst(Persistent first, string parameter)
    {
        if (string.IsNullOrEmpty(first.PersistenceId))
        {
            throw new ArgumentException("An atomic write needs a non-empty persistence id.", parameter);
        }

        if (first.SequenceNr < 1)
        {
            throw new ArgumentException($"Persistence id '{first.PersistenceId}': sequence nr {first.SequenceNr} is below 1.", parameter);
        }
    }
}
