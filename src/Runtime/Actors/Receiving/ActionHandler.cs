namespace FractalTrader.Runtime;

/// <summary>A synchronous handler for messages of type <typeparamref name="T"/>.</summary>
internal sealed class ActionHandler<T>(Action<T> handler, Predicate<T>? shouldHandle) : MessageHandler
{
    public override bool TryHandle(ActorCell cell, object message)
    {
        if (message is T typed && (shouldHandle is null || shouldHandle(typed)))
        {
            handler(typed);
            return true;
        }

        return false;
    }
}
