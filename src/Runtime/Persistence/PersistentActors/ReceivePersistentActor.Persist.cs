namespace FractalTrader.Runtime;

/// <summary>Persisting events: the batch a command builds, the write loop, and rejection and failure.</summary>
public abstract partial class ReceivePersistentActor
{
    // Events and deferred handlers of the current command (or handler) not yet sent to the journal, in call order.
    private List<PendingInvocation> eventBatch = [];

    // The batch being written, swapped with eventBatch so the two lists are reused (emptied once its handlers ran).
    private List<PendingInvocation> batchInFlight = [];

    // The write loop as a delegate, made once.
    private Func<Task>? writeLoop;

    // Handlers (persist and deferred) not yet run: DeferAsync runs at once only when this is 0.
    private int pendingInvocations;

    // The sequence number given to the last event persisted, written or not.
    private long currentSequenceNr;
    private bool writing;

    /// <summary>
    /// Persists <paramref name="event"/> and, once it is durable, runs <paramref name="handler"/> with
    /// it (with <c>Sender</c> still the command's sender). No other command is handled until every
    /// handler of this command has run. Several calls in one command are written together, each
    /// stored on its own, and their handlers run in call order. Wrap the event in <see cref="Tagged"/>
    /// to tag it.
    /// </summary>
    /// <exception cref="InvalidOperationException">Called during recovery.</exception>
    protected void Persist<TEvent>(TEvent @event, Action<TEvent> handler)
    {
        ArgumentNullException.ThrowIfNull(@event);
        ArgumentNullException.ThrowIfNull(handler);
        EnsureCanPersist(nameof(Persist));
        var write = new AtomicWrite(ToPersistent(@event, ++currentSequenceNr));
        eventBatch.Add(new PendingEvent<TEvent>(write, @event, handler));
        pendingInvocations++;
    }

    /// <summary>
    /// Persists <paramref name="events"/> as one atomic write (all are stored or none is) and, once
    /// durable, runs <paramref name="handler"/> for each in order. Nothing happens for no events.
    /// </summary>
    /// <exception cref="InvalidOperationException">Called during recovery.</exception>
    protected void PersistAll<TEvent>(IEnumerable<TEvent> events, Action<TEvent> handler)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(handler);
        EnsureCanPersist(nameof(PersistAll));
        var items = events.Select(e => e ?? throw new ArgumentException("PersistAll got a null event.", nameof(events))).ToArray();
        if (items.Length == 0)
        {
            return;
        }

        var payload = new Persistent[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            payload[i] = ToPersistent(items[i]!, currentSequenceNr + 1 + i);
        }

        var write = new AtomicWrite(payload);
        currentSequenceNr += items.Length;
        eventBatch.Add(new PendingEvents<TEvent>(write, items, handler));
        pendingInvocations += items.Length;
    }

    /// <summary>
    /// Runs <paramref name="handler"/> with <paramref name="event"/> after the handlers of every
    /// event persisted before this call, without storing anything; at once when none is pending.
    /// </summary>
    /// <exception cref="InvalidOperationException">Called during recovery.</exception>
    protected void DeferAsync<TEvent>(TEvent @event, Action<TEvent> handler)
    {
        ArgumentNullException.ThrowIfNull(@event);
        ArgumentNullException.ThrowIfNull(handler);
        EnsureCanPersist(nameof(DeferAsync));
        if (pendingInvocations == 0)
        {
            handler(@event);
            return;
        }

        eventBatch.Add(new PendingEvent<TEvent>(null, @event, handler));
        pendingInvocations++;
    }

    private void EnsureCanPersist(string what)
    {
        if (recovering)
        {
            throw new InvalidOperationException($"{GetType().Name} ({persistenceId}): {what} cannot be called during recovery; call it from a command handler.");
        }

        if (persistenceId is null)
        {
            throw new InvalidOperationException($"{GetType().Name}: {what} can be called once the actor has started.");
        }
    }

    private Persistent ToPersistent(object @event, long sequenceNr) => @event is Tagged tagged
        ? new Persistent(tagged.Payload, Id, sequenceNr, writerGuid) { Tags = tagged.Tags }
        : new Persistent(@event, Id, sequenceNr, writerGuid);

    /// <summary>Writes what the batch holds after an asynchronous command, unless the write loop is already on it.</summary>
    private Task WriteRemainingAsync() => eventBatch.Count > 0 && !writing ? WriteLoopAsync() : Task.CompletedTask;

    /// <summary>Starts the write loop for what the command just persisted, holding the mailbox until it ends.</summary>
    private void StartWriting() => RunTask(writeLoop ??= WriteLoopAsync);

    /// <summary>
    /// Sends the batch to the journal as one call and, once durable, runs the handlers in order;
    /// events their handlers persist form the next batch. Runs while the mailbox is held.
    /// </summary>
    private async Task WriteLoopAsync()
    {
        writing = true;
        try
        {
            while (eventBatch.Count > 0)
            {
                var batch = eventBatch;
                eventBatch = batchInFlight;
                batchInFlight = batch;
                var writes = WritesOf(batch);
                IReadOnlyList<Exception?> results = [];
                if (writes.Length > 0)
                {
                    try
                    {
                        results = await Persistence.Journal.WriteMessagesAsync(writes);
                    }
#pragma warning disable CA1031 // Any failure of the store is a persist failure: the actor must hear of it and stop.
                    catch (Exception cause)
#pragma warning restore CA1031
                    {
                        if (!incarnationOver)
                        {
                            FailPersist(cause, batch);
                        }

                        return;
                    }

                    if (incarnationOver)
                    {
                        return;
                    }
                }

                RunHandlers(batch, results);
                batch.Clear();
                TakeAutomaticSnapshot();
            }
        }
        catch
        {
            // A handler threw: the actor fails (its supervisor decides); what it persisted is durable.
            DropUnwrittenEvents();
            throw;
        }
        finally
        {
            writing = false;
            batchInFlight.Clear();
        }
    }

    /// <summary>The atomic writes of <paramref name="batch"/>, in order; a fresh array, as the journal may keep it.</summary>
    private static AtomicWrite[] WritesOf(List<PendingInvocation> batch)
    {
        var count = 0;
        foreach (var item in batch)
        {
            count += item.Write is null ? 0 : 1;
        }

        var writes = count == 0 ? [] : new AtomicWrite[count];
        var next = 0;
        foreach (var item in batch)
        {
            if (item.Write is { } write)
            {
                writes[next++] = write;
            }
        }

        return writes;
    }

    private void RunHandlers(List<PendingInvocation> batch, IReadOnlyList<Exception?> results)
    {
        var next = 0;
        foreach (var item in batch)
        {
            if (item.Write is not { } write)
            {
                pendingInvocations--;
                item.Run(0);
                continue;
            }

            var rejection = results[next++];
            for (var i = 0; i < item.Count; i++)
            {
                var sequenceNr = write.Payload[i].SequenceNr;
                LastSequenceNr = sequenceNr;
                pendingInvocations--;
                if (rejection is null)
                {
                    item.Run(i);
                }
                else
                {
                    OnPersistRejected(rejection, item.EventAt(i), sequenceNr);
                }
            }
        }
    }

    private void FailPersist(Exception cause, List<PendingInvocation> batch)
    {
        var first = batch.First(item => item.Write is not null);
        eventBatch.Clear();
        pendingInvocations = 0;
        try
        {
            OnPersistFailure(cause, first.EventAt(0), first.Write!.LowestSequenceNr);
        }
        finally
        {
            StopWithFailure(cause);
        }
    }

    /// <summary>Forgets events a failed command or handler persisted but that were never sent, and their sequence numbers.</summary>
    private void DropUnwrittenEvents()
    {
        foreach (var item in eventBatch)
        {
            if (item.Write is { } write)
            {
                currentSequenceNr -= write.Payload.Count;
            }
        }

        eventBatch.Clear();
        pendingInvocations = 0;
    }

    /// <summary>A persist call waiting for its handler: the atomic write (null for <c>DeferAsync</c>), the events as given, and the handler.</summary>
    private abstract class PendingInvocation(AtomicWrite? write)
    {
        public AtomicWrite? Write { get; } = write;

        public abstract int Count { get; }

        public abstract object EventAt(int index);

        /// <summary>Runs the handler with the event at <paramref name="index"/>.</summary>
        public abstract void Run(int index);
    }

    /// <summary>One <c>Persist</c> or <c>DeferAsync</c>: typed, so the handler needs no wrapping closure.</summary>
    private sealed class PendingEvent<TEvent>(AtomicWrite? write, TEvent @event, Action<TEvent> handler) : PendingInvocation(write)
    {
        public override int Count => 1;

        public override object EventAt(int index) => @event!;

        public override void Run(int index) => handler(@event);
    }

    /// <summary>One <c>PersistAll</c>: its events in order.</summary>
    private sealed class PendingEvents<TEvent>(AtomicWrite write, TEvent[] events, Action<TEvent> handler) : PendingInvocation(write)
    {
        public override int Count => events.Length;

        public override object EventAt(int index) => events[index]!;

        public override void Run(int index) => handler(events[index]);
    }
}
