namespace FractalTrader.Runtime;

/// <summary>Recovery: the latest snapshot, then the events after it, streamed page by page, then <see cref="RecoveryCompleted"/>.</summary>
public abstract partial class ReceivePersistentActor
{
    private void StartRecovery()
    {
        recovering = true;
        recoveryFinished = false;
        RunTask(RecoverAsync);
    }

    private async Task RecoverAsync()
    {
        var plan = Recovery;
        var position = new RecoveryPosition();
        try
        {
            await ReplayAsync(plan, position);
        }
#pragma warning disable CA1031 // Whatever stopped recovery, the actor must stop with an error naming where.
        catch (Exception cause)
#pragma warning restore CA1031
        {
            if (!incarnationOver)
            {
                FailRecovery(cause, position);
            }

            return;
        }

        if (incarnationOver)
        {
            return;
        }

        // Handlers of events persisted from RecoveryCompleted run before the first command.
        await WriteRemainingAsync();
    }

    private async Task ReplayAsync(Recovery plan, RecoveryPosition position)
    {
        var id = Id;
        var selected = plan.FromSnapshot.MaxSequenceNr < 0
            ? null
            : await Persistence.SnapshotStore.LoadAsync(id, plan.FromSnapshot);
        if (incarnationOver)
        {
            return;
        }

        if (selected is not null)
        {
            position.At(selected.Metadata.SequenceNr, null, selected.Snapshot);
            LastSequenceNr = selected.Metadata.SequenceNr;
            ApplyRecovered(new SnapshotOffer(selected.Metadata, selected.Snapshot));
        }

        lastAutomaticSnapshot = LastSequenceNr;
        var highest = await Persistence.Journal.ReadHighestSequenceNrAsync(id, LastSequenceNr);
        if (incarnationOver)
        {
            return;
        }

        var to = Math.Min(plan.ToSequenceNr, highest);
        if (to > LastSequenceNr && plan.ReplayMax > 0)
        {
            // Streamed: the journal reads a page while this applies the previous one, never more.
            await foreach (var persistent in Persistence.Journal.ReplayMessagesAsync(id, LastSequenceNr + 1, to, plan.ReplayMax))
            {
                if (incarnationOver)
                {
                    return;
                }

                position.At(persistent.SequenceNr, persistent.Manifest, persistent.Payload);
                LastSequenceNr = persistent.SequenceNr;
                ApplyRecovered(persistent.Payload);
            }
        }

        // New events continue after the highest ever written, even if recovery stopped earlier or events were deleted.
        LastSequenceNr = Math.Max(LastSequenceNr, highest);
        currentSequenceNr = LastSequenceNr;
        position.At(LastSequenceNr, null, RecoveryCompleted.Instance);
        recovering = false;
        recoveryFinished = true;
        recoveryHandlers.Handle(RecoveryCompleted.Instance);
    }

    private void ApplyRecovered(object message)
    {
        if (!recoveryHandlers.Handle(message))
        {
            Unhandled(message);
        }
    }

    private void FailRecovery(Exception cause, RecoveryPosition position)
    {
        recovering = false;
        eventBatch.Clear();
        pendingInvocations = 0;
        var failure = cause switch
        {
            RecoveryFailureException already => already,
            EventDeserializationException unreadable => new RecoveryFailureException(Id, unreadable.SequenceNr, unreadable.Manifest, cause),
            JournalStorageException => new RecoveryFailureException(Id, LastSequenceNr + 1, null, cause),
            _ => new RecoveryFailureException(Id, position.SequenceNr, position.Manifest, cause),
        };
        try
        {
            OnRecoveryFailure(failure, position.Message);
        }
        finally
        {
            StopWithFailure(failure);
        }
    }

    /// <summary>What recovery was applying, for the error if it fails.</summary>
    private sealed class RecoveryPosition
    {
        public long SequenceNr { get; private set; }

        public string? Manifest { get; private set; }

        public object? Message { get; private set; }

        public void At(long sequenceNr, string? manifest, object? message)
        {
            SequenceNr = sequenceNr;
            Manifest = manifest;
            Message = message;
        }
    }
}
