namespace FractalTrader.Runtime;

/// <summary>The temporary sender of an <c>Ask</c>; told when its question could not be delivered, so the ask fails at once.</summary>
internal interface IAskPromise
{
    void Undeliverable(IActorRef recipient, object message);
}
