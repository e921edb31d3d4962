namespace FractalTrader.Runtime;

/// <summary>The actor's mailbox protocol: queueing, scheduling on the dispatcher and one turn of processing.</summary>
internal sealed partial class ActorCell : IThreadPoolWorkItem
{
    // 0: idle; 1: scheduled or running. Only the thread that sets it to 1 queues the work item, so
    // one turn runs at a time and an actor never processes two messages at once.
    private int scheduled;
    private SystemMessage? systemQueue;
    private volatile int stateValue;

    // An asynchronous handler holds the mailbox: no user message is taken until its task completes.
    private volatile bool awaiting;

    public CellState State => (CellState)stateValue;

    public bool IsTerminated => stateValue == (int)CellState.Terminated;

    public int MailboxDepth => mailbox.Count + (Volatile.Read(ref extras)?.Unstashed?.Count ?? 0);

    private bool CanProcessUserMessages => stateValue == (int)CellState.Running && !awaiting;

    private bool HasSystemMessages
    {
        get
        {
            var head = Volatile.Read(ref systemQueue);
            return head is not null && head is not ClosedSystemQueue;
        }
    }

    private bool HasUserMessages => mailbox.HasMessages || extras?.Unstashed?.Count > 0;

    /// <summary>Queues a user message; from any thread.</summary>
    public void SendUserMessage(object message, IActorRef? sender)
    {
        if (IsTerminated)
        {
            system.DeadLetter(message, sender, Self);
            return;
        }

        if (!mailbox.Enqueue(this, message, sender))
        {
            return;
        }

        // A suspended, starting or awaiting actor is scheduled again by whatever ends that state.
        // A terminated one is scheduled to send what raced in behind its last drain to dead letters.
        var state = stateValue;
        if ((state == (int)CellState.Running && !awaiting) || state == (int)CellState.Terminated)
        {
            TrySchedule(wakeUp: true);
        }
    }

    /// <summary>Queues a system message; from any thread. After termination it is answered as a dead actor would.</summary>
    public void SendSystemMessage(SystemMessage message)
    {
        while (true)
        {
            var head = Volatile.Read(ref systemQueue);
            if (head is ClosedSystemQueue)
            {
                HandleSystemMessageAfterTermination(message);
                return;
            }

            message.Next = head;
            if (Interlocked.CompareExchange(ref systemQueue, message, head) == head)
            {
                break;
            }
        }

        TrySchedule(wakeUp: true);
    }

    /// <summary>One turn: all system messages, then up to <c>Throughput</c> user messages, system messages overtaking between them.</summary>
    public void Execute()
    {
        var previous = current;
        current = this;
        try
        {
            ProcessSystemMessages();
            var budget = system.Throughput;
            while (budget > 0 && CanProcessUserMessages && TryTakeUserMessage(out var envelope))
            {
                budget--;
                Invoke(envelope.Message, envelope.Sender);
                if (Volatile.Read(ref systemQueue) is not null)
                {
                    ProcessSystemMessages();
                }
            }

            if (IsTerminated)
            {
                DrainToDeadLetters();
            }
        }
        catch (Exception exception)
        {
            // Handler failures never get here (Invoke catches them); this is a fault in the runtime.
            // Keep the thread pool alive and say so loudly.
            system.ReportRuntimeFault(this, exception);
        }
        finally
        {
            current = previous;

            // A full fence, pairing with the producer's atomic swap of the queue head: either this
            // turn sees the new message below, or the producer sees the actor idle and schedules it.
            Interlocked.Exchange(ref scheduled, 0);
            if (HasSystemMessages || (CanProcessUserMessages && HasUserMessages) || (IsTerminated && mailbox.HasMessages))
            {
                TrySchedule(wakeUp: false);
            }
        }
    }

    private void TrySchedule(bool wakeUp)
    {
        if (Volatile.Read(ref scheduled) == 0 && Interlocked.CompareExchange(ref scheduled, 1, 0) == 0)
        {
            system.Dispatcher.Schedule(this, wakeUp);
        }
    }

    private bool TryTakeUserMessage(out Envelope envelope)
    {
        if (extras?.Unstashed is { Count: > 0 } unstashed)
        {
            return unstashed.TryPopFront(out envelope);
        }

        return mailbox.TryDequeue(out envelope);
    }

    private void ProcessSystemMessages()
    {
        while (HasSystemMessages)
        {
            var batch = Interlocked.Exchange(ref systemQueue, null);
            for (var message = Reverse(batch); message is not null;)
            {
                var next = message.Next;
                message.Next = null;
                if (IsTerminated)
                {
                    HandleSystemMessageAfterTermination(message);
                }
                else
                {
                    HandleSystemMessage(message);
                }

                message = next;
            }
        }
    }

    private static SystemMessage? Reverse(SystemMessage? latestFirst)
    {
        SystemMessage? reversed = null;
        while (latestFirst is not null)
        {
            var next = latestFirst.Next;
            latestFirst.Next = reversed;
            reversed = latestFirst;
            latestFirst = next;
        }

        return reversed;
    }

    private void HandleSystemMessage(SystemMessage message)
    {
        try
        {
            switch (message)
            {
                case RunContinuation continuation:
                    RunContinuationInContext(continuation);
                    break;
                case TaskCompleted completed:
                    HandleTaskCompleted(completed);
                    break;
                case Create:
                    HandleCreate();
                    break;
                case Failed failed:
                    HandleFailed(failed);
                    break;
                case DeathWatchNotification notification:
                    HandleDeathWatchNotification(notification);
                    break;
                case Watch watch:
                    HandleWatch(watch);
                    break;
                case Unwatch unwatch:
                    HandleUnwatch(unwatch);
                    break;
                case Recreate recreate:
                    HandleRecreate(recreate.Cause);
                    break;
                case Resume resume:
                    HandleResume(resume.Cause);
                    break;
                case Terminate terminate:
                    HandleTerminate(terminate.Reason);
                    break;
            }
        }
        catch (Exception exception)
        {
            HandleInvokeFailure(exception);
        }
    }

    private void HandleSystemMessageAfterTermination(SystemMessage message)
    {
        switch (message)
        {
            case Watch watch when !ReferenceEquals(watch.Watcher, Self):
                watch.Watcher.SendSystemMessage(new DeathWatchNotification(Self));
                break;
            case Unwatch unwatch:
                extras?.Watchers?.Remove(unwatch.Watcher);
                break;
            case RunContinuation continuation:
                // The actor is gone, but the awaiting code still deserves to finish (finally blocks, disposals).
                ThreadPool.UnsafeQueueUserWorkItem(static c => c.Run(), continuation, preferLocal: false);
                break;
        }
    }

    private void DrainToDeadLetters()
    {
        while (TryTakeUserMessage(out var envelope))
        {
            system.DeadLetter(envelope.Message, envelope.Sender, Self);
        }
    }

    private void SetState(CellState state) => stateValue = (int)state;
}
