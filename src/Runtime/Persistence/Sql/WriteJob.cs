namespace FractalTrader.Runtime;

/// <summary>
/// One caller's write waiting for the group-commit writer: what to run inside the shared
/// transaction, and the task the caller awaits until it is durable.
/// </summary>
internal sealed class WriteJob
{
    private static readonly IReadOnlyList<Exception?> NoResult = [];

    private readonly TaskCompletionSource<IReadOnlyList<Exception?>> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Func<WriterSession, object?, CancellationToken, Task> execute;
    private readonly object? state;
    private readonly IReadOnlyList<Exception?> result;

    /// <summary>A job that runs <paramref name="execute"/> and completes with no result.</summary>
    /// <param name="weight">How many rows it writes, so one transaction stays a bounded size.</param>
    /// <param name="execute">Runs the statements; throws <see cref="JournalWriteConflictException"/> to reject only this job.</param>
    public WriteJob(int weight, Func<WriterSession, CancellationToken, Task> execute)
        : this(weight, static (session, execute, ct) => ((Func<WriterSession, CancellationToken, Task>)execute!)(session, ct), execute, NoResult)
    {
    }

    /// <summary>
    /// A job whose statements take <paramref name="state"/> (so the journal's hot path needs no
    /// closure) and whose task completes with <paramref name="result"/>.
    /// </summary>
    public WriteJob(int weight, Func<WriterSession, object?, CancellationToken, Task> execute, object? state, IReadOnlyList<Exception?> result)
    {
        Weight = weight;
        this.execute = execute;
        this.state = state;
        this.result = result;
    }

    public int Weight { get; }

    /// <summary>Completes with the job's result once its transaction has committed; faults with a storage failure.</summary>
    public Task<IReadOnlyList<Exception?>> Completion => completion.Task;

    public Task ExecuteAsync(WriterSession session, CancellationToken cancellationToken) => execute(session, state, cancellationToken);

    public void Succeed() => completion.TrySetResult(result);

    public void Fail(Exception exception) => completion.TrySetException(exception);
}
