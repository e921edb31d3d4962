namespace FractalTrader.Runtime;

/// <summary>
/// One behavior of a <see cref="ReceiveActor"/>: its registrations in order; the first that
/// matches handles the message, as in Akka.NET. Reusable by other actor bases in this assembly
/// (persistence keeps one set for commands and one for recovery).
/// </summary>
internal sealed class ReceiveHandlers(ActorBase owner)
{
    private MessageHandler[] handlers = [];

    public int Count => handlers.Length;

    public void Add(MessageHandler handler) => handlers = [.. handlers, handler];

    public bool Handle(object message)
    {
        var cell = owner.Cell;
        foreach (var handler in handlers)
        {
            if (handler.TryHandle(cell, message))
            {
                return true;
            }
        }

        return false;
    }
}
