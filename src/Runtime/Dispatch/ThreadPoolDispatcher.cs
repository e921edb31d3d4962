namespace FractalTrader.Runtime;

/// <summary>
/// The default dispatcher: each turn is a work item on the .NET thread pool, with no delegate or
/// closure allocated (the actor's cell is the work item). An actor woken by a message sent from a
/// pool thread goes to that thread's local queue, as an <c>await</c> continuation does: a chain of
/// requests and replies then runs on one warm thread instead of waking another for every hop,
/// while idle threads still steal from it. An actor that used up its turn
/// (<see cref="ActorSystemOptions.Throughput"/> messages) and still has work goes to the back of
/// the global queue, so one busy actor cannot starve the others. The price: when every thread
/// runs such chains, turns queued globally (messages from timers, I/O, other threads) wait
/// longer; they still run (<c>ThreadPoolFairnessTests</c>). Measured gain: ping-pong throughput
/// went from below to above 0.6 of raw channels (bench/results/runtime.md).
/// </summary>
internal sealed class ThreadPoolDispatcher : Dispatcher
{
    private ThreadPoolDispatcher()
    {
    }

    public static ThreadPoolDispatcher Instance { get; } = new();

    public override void Schedule(IThreadPoolWorkItem turn, bool wakeUp) => ThreadPool.UnsafeQueueUserWorkItem(turn, preferLocal: wakeUp);
}
