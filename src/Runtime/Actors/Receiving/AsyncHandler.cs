namespace FractalTrader.Runtime;

/// <summary>An asynchronous handler for <typeparamref name="T"/>: the mailbox is held until its task completes.</summary>
internal sealed class AsyncHandler<T>(Func<T, Task> handler, Predicate<T>? shouldHandle) : MessageHandler
{
    public override bool TryHandle(ActorCell cell, object message)
    {
        if (message is T typed && (shouldHandle is null || shouldHandle(typed)))
        {
            cell.RunTask(static state => state.Handler(state.Message), (Handler: handler, Message: typed));
            return true;
        }

        return false;
    }
}
