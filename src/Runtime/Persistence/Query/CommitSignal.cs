namespace FractalTrader.Runtime;

/// <summary>
/// Wakes live queries when a journal commits: each waiter gets a task that completes at the next
/// commit after it asked. Thread-safe.
/// </summary>
internal sealed class CommitSignal
{
    private TaskCompletionSource next = NewSource();

    /// <summary>A task that completes at the next commit.</summary>
    public Task NextCommit => Volatile.Read(ref next).Task;

    /// <summary>Signals a commit to everyone waiting.</summary>
    public void Notify() => Interlocked.Exchange(ref next, NewSource()).TrySetResult();

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
