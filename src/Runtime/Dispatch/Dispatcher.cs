namespace FractalTrader.Runtime;

/// <summary>Runs actors' turns. Thread-safe.</summary>
internal abstract class Dispatcher
{
    /// <summary>Queues one turn of an actor; called at most once until that turn has started and ended.</summary>
    /// <param name="turn">The actor's turn.</param>
    /// <param name="wakeUp">
    /// True when a message woke an idle actor (run it soon, near its sender); false when an actor
    /// used up its turn and still has work (queue it behind everyone else, for fairness).
    /// </param>
    public abstract void Schedule(IThreadPoolWorkItem turn, bool wakeUp);
}
