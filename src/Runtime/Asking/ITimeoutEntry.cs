namespace FractalTrader.Runtime;

/// <summary>Something waiting in a <see cref="TimeoutQueue"/>; the links belong to the queue (under its lock).</summary>
internal interface ITimeoutEntry
{
    ITimeoutEntry? Previous { get; set; }

    ITimeoutEntry? Next { get; set; }

    TimeoutQueue? Queue { get; set; }

    /// <summary>When it times out, in the clock's timestamp units.</summary>
    long Deadline { get; set; }

    /// <summary>Called once its deadline has passed, outside the queue's lock.</summary>
    void TimedOut();
}
