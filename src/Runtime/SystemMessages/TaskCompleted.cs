namespace FractalTrader.Runtime;

/// <summary>An asynchronous handler's task finished; the actor's mailbox may open again.</summary>
/// <param name="task">The finished task.</param>
/// <param name="generation">The actor's task generation when the task started; a restart or stop makes it stale.</param>
internal sealed class TaskCompleted(Task task, int generation) : SystemMessage
{
    public Task Task { get; } = task;

    public int Generation { get; } = generation;
}
