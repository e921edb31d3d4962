using Microsoft.Extensions.Logging;

namespace FractalTrader.Runtime;

/// <summary>Snapshots and deletes: run beside the actor (the mailbox is not held); the outcome comes back as a command.</summary>
public abstract partial class ReceivePersistentActor
{
    // The sequence number of the last automatic snapshot (or the one recovered from).
    private long lastAutomaticSnapshot;

    /// <summary>
    /// Saves <paramref name="snapshot"/> as the state at <see cref="SnapshotSequenceNr"/>; it is
    /// serialized before this returns, so the actor may change its state at once. The outcome comes
    /// back as <see cref="SaveSnapshotSuccess"/> or <see cref="SaveSnapshotFailure"/>.
    /// </summary>
    protected void SaveSnapshot(object snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var metadata = new SnapshotMetadata(Id, SnapshotSequenceNr, Context.System.TimeProvider.GetUtcNow());
        Report(Start(() => Persistence.SnapshotStore.SaveAsync(metadata, snapshot)), new SaveSnapshotSuccess(metadata), e => new SaveSnapshotFailure(metadata, e));
    }

    /// <summary>Deletes the snapshot at <paramref name="sequenceNr"/>; answers <see cref="DeleteSnapshotSuccess"/> or <see cref="DeleteSnapshotFailure"/>.</summary>
    protected void DeleteSnapshot(long sequenceNr)
    {
        var metadata = new SnapshotMetadata(Id, sequenceNr, DateTimeOffset.MinValue);
        Report(Start(() => Persistence.SnapshotStore.DeleteAsync(metadata)), new DeleteSnapshotSuccess(metadata), e => new DeleteSnapshotFailure(metadata, e));
    }

    /// <summary>Deletes the snapshots <paramref name="criteria"/> selects; answers <see cref="DeleteSnapshotsSuccess"/> or <see cref="DeleteSnapshotsFailure"/>.</summary>
    protected void DeleteSnapshots(SnapshotSelectionCriteria criteria)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var id = Id;
        Report(Start(() => Persistence.SnapshotStore.DeleteAsync(id, criteria)), new DeleteSnapshotsSuccess(criteria), e => new DeleteSnapshotsFailure(criteria, e));
    }

    /// <summary>
    /// Deletes this actor's events up to <paramref name="toSequenceNr"/> (inclusive; <see cref="long.MaxValue"/>
    /// means all so far); answers <see cref="DeleteMessagesSuccess"/> or <see cref="DeleteMessagesFailure"/>.
    /// Sequence numbers keep counting from <see cref="LastSequenceNr"/>. Take a snapshot first, or
    /// recovery starts from nothing.
    /// </summary>
    protected void DeleteMessages(long toSequenceNr)
    {
        var last = LastSequenceNr;
        if (toSequenceNr != long.MaxValue && toSequenceNr > last)
        {
            Self.Tell(
                new DeleteMessagesFailure(new ArgumentOutOfRangeException(nameof(toSequenceNr), toSequenceNr, $"must be at most LastSequenceNr ({last})."), toSequenceNr),
                Self);
            return;
        }

        var to = Math.Min(toSequenceNr, last);
        var id = Id;
        Report(Start(() => Persistence.Journal.DeleteMessagesToAsync(id, to)), new DeleteMessagesSuccess(to), e => new DeleteMessagesFailure(e, to));
    }

    /// <summary>
    /// The state to save as an automatic snapshot when <see cref="PersistenceSettings.SnapshotEvery"/>
    /// events have been persisted since the last one; null (the default) saves none. Called on the
    /// actor's turn after the handlers of a write have run.
    /// </summary>
    protected virtual object? CreateSnapshot() => null;

    private static Task Start(Func<Task> operation)
    {
        try
        {
            return operation();
        }
#pragma warning disable CA1031 // A store may fail before its task exists (a state that cannot be serialized): report it like any failure.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Task.FromException(e);
        }
    }

    private void Report(Task operation, object success, Func<Exception, object> failure) => _ = ReportAsync(operation, Self, success, failure);

    private static async Task ReportAsync(Task operation, IActorRef self, object success, Func<Exception, object> failure)
    {
        try
        {
            await operation.ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The actor hears of every failure as a message, as in Akka.
        catch (Exception e)
#pragma warning restore CA1031
        {
            self.Tell(failure(e), self);
            return;
        }

        self.Tell(success, self);
    }

    private void TakeAutomaticSnapshot()
    {
        var settings = Persistence.Settings;
        if (settings.SnapshotEvery is not { } every || LastSequenceNr - lastAutomaticSnapshot < every || CreateSnapshot() is not { } state)
        {
            return;
        }

        lastAutomaticSnapshot = LastSequenceNr;
        var metadata = new SnapshotMetadata(Id, LastSequenceNr, Context.System.TimeProvider.GetUtcNow());
        var saved = Start(() => Persistence.SnapshotStore.SaveAsync(metadata, state));
        Report(saved, new SaveSnapshotSuccess(metadata), e => new SaveSnapshotFailure(metadata, e));
        var deleteUpTo = metadata.SequenceNr - ((long)settings.KeepSnapshots * every);
        if (deleteUpTo > 0)
        {
            _ = DeleteOldSnapshotsAsync(saved, Persistence.SnapshotStore, Id, deleteUpTo, Log);
        }
    }

    private static async Task DeleteOldSnapshotsAsync(Task saved, ISnapshotStore store, string id, long upTo, ILogger log)
    {
        try
        {
            await saved.ConfigureAwait(false);
            await store.DeleteAsync(id, SnapshotSelectionCriteria.UpTo(upTo)).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Retention is housekeeping: a failure is logged and retried at the next snapshot.
        catch (Exception e)
#pragma warning restore CA1031
        {
            log.LogWarning(e, "Deleting snapshots of {PersistenceId} up to sequence nr {SequenceNr} failed: {Reason}", id, upTo, e.Message);
        }
    }
}
