namespace FractalTrader.Runtime;

/// <summary>
/// The default dispatcher: each turn is a work item on the .NET thread pool's global queue, with
/// no delegate or closure allocated (the actor's cell is the work item). The global queue keeps
/// turns fair across actors; the fairness limit per turn is <see cref="ActorSystemOptions.Throughput"/>.
/// </summary>
internal sealed class ThreadPoolDispatcher : Dispatcher
{
    private ThreadPoolDispatcher()
    {
    }

    public static ThreadPoolDispatcher Instance { get; } = new();

    public override void Schedule(IThreadPoolWorkItem turn) => ThreadPool.UnsafeQueueUserWorkItem(turn, preferLocal: false);
}
