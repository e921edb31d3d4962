namespace FractalTrader.Runtime;

/// <summary>A handler for <typeparamref name="T"/> that decides itself whether it handled the message.</summary>
internal sealed class FuncHandler<T>(Func<T, bool> handler) : MessageHandler
{
    public override bool TryHandle(ActorCell cell, object message) => message is T typed && handler(typed);
}
