namespace FractalTrader.Runtime;

/// <summary>A child tells its parent it failed and waits, suspended, for the parent's directive.</summary>
internal sealed class Failed(ActorCell child, Exception cause, Type? messageType) : SystemMessage
{
    public ActorCell Child { get; } = child;

    public Exception Cause { get; } = cause;

    /// <summary>The type of the message that was being processed, for the log line.</summary>
    public Type? MessageType { get; } = messageType;
}
