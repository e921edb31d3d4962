namespace FractalTrader.Runtime;

/// <summary>
/// One caller's write waiting for the group-commit writer: what to run inside the shared
/// transaction, and the task the caller awaits until it is durable.
/// </summary>
/// <param name="weight">How many rows it writes, so one transaction stays a bounded size.</param>
/// <param name="execute">Runs the statements; throws <see cref="JournalWriteConflictException"/> to reject only this job.</param>
internal sealed class WriteJob(int weight, Func<WriterSession, CancellationToken, Task> execute)
{
    private readonly TaskCompletionSource completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Weight { get; } = weight;

    /// <summary>Completes once the job's transaction has committed; faults with a storage failure.</summary>
    public Task Completion => completion.Task;

    public Task ExecuteAsync(WriterSession session, CancellationToken cancellationToken) => execute(session, cancellationToken);

    public void Succeed() => completion.TrySetResult();

    public void Fail(Exception exception) => completion.TrySetException(exception);
}
