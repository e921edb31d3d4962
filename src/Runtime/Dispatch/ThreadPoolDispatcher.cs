namespace FractalTrader.Runtime;

/// <summary>
/// The default dispatcher: each turn is a work item on the .NET thread pool, with no delegate or
/// closure allocated (the actor's cell is the work item). An actor woken by a message sent from a
/// pool thread goes to that thread's local queue, as an <c>await</c> continuation does: a chain of
/// requests and replies then runs on one warm thread instead of waking another for every hop,
/// while idle threads still steal from it. An actor that used up its turn
/// (<see cref="ActorSystemOptions.Throughput"/> messages) and still has work goes to the back of
/// the global queue, so one busy actor cannot starve the others.
/// </summary>
internal sealed class ThreadPoolDispatcher : Dispatcher
{
    private ThreadPoolDispatcher()
    {
    }

    public static ThreadPoolDispatcher Instance { get; } = new();

    public override void Schedule(IThreadPoolWorkItem turn, bool wakeUp) => ThreadPool.UnsafeQueueUserWorkItem(turn, preferLocal: wakeUp);
}
