using System.Collections.Concurrent;

namespace FractalTrader.Runtime.Tests.Dispatch;

/// <summary>A dispatcher that runs actors' turns only when the test says so, on the test's thread, in the order they were scheduled.</summary>
internal sealed class ManualDispatcher : Dispatcher
{
    private readonly ConcurrentQueue<IThreadPoolWorkItem> turns = new();

    public int Pending => turns.Count;

    public override void Schedule(IThreadPoolWorkItem turn, bool wakeUp) => turns.Enqueue(turn);

    /// <summary>Runs the next scheduled turn; false when none is scheduled.</summary>
    public bool RunOne()
    {
        if (!turns.TryDequeue(out var turn))
        {
            return false;
        }

        turn.Execute();
        return true;
    }

    /// <summary>Runs turns until nothing is scheduled.</summary>
    public void RunUntilIdle()
    {
        for (var i = 0; i < 1_000_000 && RunOne(); i++)
        {
        }
    }
}
