namespace FractalTrader.Runtime;

/// <summary>
/// An <c>await</c> continuation of an asynchronous handler, run by the actor itself so that
/// <c>Self</c>, <c>Sender</c> and implicit senders stay right after the <c>await</c>.
/// </summary>
internal sealed class RunContinuation(SendOrPostCallback callback, object? state) : SystemMessage
{
    public void Run() => callback(state);
}
