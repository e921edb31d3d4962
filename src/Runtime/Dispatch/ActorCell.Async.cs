namespace FractalTrader.Runtime;

/// <summary>
/// Asynchronous handlers: while a handler's task runs the mailbox is held (no other user message
/// interleaves), and its <c>await</c> continuations run as the actor's own system messages.
/// </summary>
internal sealed partial class ActorCell
{
    /// <summary>
    /// Runs <paramref name="action"/> with the actor's synchronization context and holds the
    /// mailbox until the returned task completes; a faulted task is a failure of the actor.
    /// Several tasks may hold it at once; it opens when all have completed.
    /// </summary>
    public void RunTask<TState>(Func<TState, Task> action, TState state)
    {
        ArgumentNullException.ThrowIfNull(action);
        var context = Extras.SynchronizationContext ??= new ActorSynchronizationContext(this);
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(context);
        Task task;
        try
        {
            task = action(state) ?? throw new InvalidOperationException($"An asynchronous handler of {Path} returned no task.");
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }

        HoldUntil(task);
    }

    private void HoldUntil(Task task)
    {
        if (task.IsCompleted)
        {
            // Rethrows a failure into the handler's caller, which treats it like a synchronous one.
            task.GetAwaiter().GetResult();
            return;
        }

        var e = Extras;
        e.PendingTasks++;
        awaiting = true;
        var generation = e.TaskGeneration;
        task.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(() => SendSystemMessage(new TaskCompleted(task, generation)));
    }

    private void HandleTaskCompleted(TaskCompleted completed)
    {
        var e = extras;
        if (e is null || completed.Generation != e.TaskGeneration)
        {
            return;
        }

        e.PendingTasks--;
        if (!completed.Task.IsCompletedSuccessfully)
        {
            HandleInvokeFailure(completed.Task.Exception?.InnerException ?? new TaskCanceledException(completed.Task));
            return;
        }

        if (e.PendingTasks == 0)
        {
            awaiting = false;
            currentMessage = null;
            currentSender = null;
        }
    }

    /// <summary>Forgets tasks that hold the mailbox (on failure, restart or stop); their completions become stale.</summary>
    private void AbandonPendingTasks()
    {
        if (extras is { } e && (e.PendingTasks > 0 || awaiting))
        {
            e.PendingTasks = 0;
            e.TaskGeneration++;
        }

        awaiting = false;
    }

    private void RunContinuationInContext(RunContinuation continuation)
    {
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(Extras.SynchronizationContext ??= new ActorSynchronizationContext(this));
        try
        {
            continuation.Run();
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }
}
