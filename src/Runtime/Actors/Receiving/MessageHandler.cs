namespace FractalTrader.Runtime;

/// <summary>One registration of a <see cref="ReceiveActor"/>: a message type, an optional predicate and a handler.</summary>
internal abstract class MessageHandler
{
    /// <summary>Handles <paramref name="message"/> when it matches; says whether it did.</summary>
    public abstract bool TryHandle(ActorCell cell, object message);
}
