namespace FractalTrader.Runtime;

/// <summary>
/// Keyed timers that send messages to their actor (Akka.NET's <c>ITimerScheduler</c>), driven by
/// the system's <see cref="TimeProvider"/>. Starting a timer with a key in use replaces it; a
/// message of a cancelled or replaced timer is never received, even if already queued. All timers
/// are cancelled when the actor restarts or stops. Use only from the actor's own turn.
/// </summary>
public interface ITimerScheduler
{
    /// <summary>The keys of the active timers.</summary>
    IReadOnlyCollection<object> ActiveTimers { get; }

    /// <summary>Sends <paramref name="msg"/> once, after <paramref name="timeout"/>.</summary>
    void StartSingleTimer(object key, object msg, TimeSpan timeout);

    /// <summary>Sends <paramref name="msg"/> every <paramref name="interval"/>, first after one interval.</summary>
    void StartPeriodicTimer(object key, object msg, TimeSpan interval);

    /// <summary>Sends <paramref name="msg"/> after <paramref name="initialDelay"/>, then every <paramref name="interval"/>.</summary>
    void StartPeriodicTimer(object key, object msg, TimeSpan initialDelay, TimeSpan interval);

    /// <summary>Whether a timer with <paramref name="key"/> is active (a single timer until its message is received).</summary>
    bool IsTimerActive(object key);

    /// <summary>Cancels the timer with <paramref name="key"/>, if any.</summary>
    void Cancel(object key);

    /// <summary>Cancels every timer.</summary>
    void CancelAll();
}
