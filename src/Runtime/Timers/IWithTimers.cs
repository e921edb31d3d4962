namespace FractalTrader.Runtime;

/// <summary>An actor with keyed timers; the runtime sets <see cref="Timers"/> before the constructor body runs.</summary>
public interface IWithTimers
{
    /// <summary>The actor's timers; set by the runtime.</summary>
    ITimerScheduler Timers { get; set; }
}
