namespace FractalTrader.Runtime;

/// <summary>
/// The supervisor's decision to let the actor go on after failing with <paramref name="cause"/>;
/// children suspended by the same failure (through escalation) resume with it.
/// </summary>
internal sealed class Resume(Exception cause) : SystemMessage
{
    public Exception Cause { get; } = cause;
}
