namespace FractalTrader.Runtime;

/// <summary>Stops the actor: children first, then <c>PostStop</c>, then watchers are told.</summary>
/// <param name="reason">The failure that led to the stop, or <see langword="null"/> for a normal stop.</param>
internal sealed class Terminate(Exception? reason) : SystemMessage
{
    public Exception? Reason { get; } = reason;
}
