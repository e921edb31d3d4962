namespace FractalTrader.Runtime;

/// <summary>An actor with one handler for every message (Akka.NET's <c>UntypedActor</c>); call <c>Unhandled</c> for what it does not handle.</summary>
public abstract class UntypedActor : ActorBase
{
    /// <summary>Handles a message.</summary>
    protected abstract void OnReceive(object message);

    /// <inheritdoc />
    protected sealed override bool Receive(object message)
    {
        OnReceive(message);
        return true;
    }
}
