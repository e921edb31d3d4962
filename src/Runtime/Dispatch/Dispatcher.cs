namespace FractalTrader.Runtime;

/// <summary>Runs actors' turns. Thread-safe.</summary>
internal abstract class Dispatcher
{
    /// <summary>Queues one turn of an actor; called at most once until that turn has started and ended.</summary>
    public abstract void Schedule(IThreadPoolWorkItem turn);
}
