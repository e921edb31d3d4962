namespace FractalTrader.Runtime;

/// <summary>The supervisor's decision to restart the actor because of <paramref name="cause"/>.</summary>
internal sealed class Recreate(Exception cause) : SystemMessage
{
    public Exception Cause { get; } = cause;
}
