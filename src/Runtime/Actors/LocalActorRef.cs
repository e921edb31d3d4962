namespace FractalTrader.Runtime;

/// <summary>
/// The reference to an actor of this process. One instance per incarnation, so reference
/// equality is incarnation equality. Thread-safe.
/// </summary>
internal sealed class LocalActorRef(ActorCell cell) : IInternalActorRef
{
    public ActorCell Cell { get; } = cell;

    public ActorPath Path => Cell.Path;

    public bool IsTerminated => Cell.IsTerminated;

    public ActorSystem System => Cell.System;

    public void Tell(object message, IActorRef? sender)
    {
        ArgumentNullException.ThrowIfNull(message);
        Cell.SendUserMessage(message, sender);
    }

    public void SendSystemMessage(SystemMessage message) => Cell.SendSystemMessage(message);

    public override string ToString() => $"[{Path}]";
}
