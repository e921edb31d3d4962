namespace FractalTrader.Runtime;

/// <summary>A reference the runtime can also send system messages (watch, stop, supervision) to.</summary>
internal interface IInternalActorRef : IActorRef
{
    /// <summary>Whether the incarnation behind this reference has terminated.</summary>
    bool IsTerminated { get; }

    /// <summary>The system the reference belongs to; null for references of no system (<see cref="ActorRefs.Nobody"/>).</summary>
    ActorSystem? System { get; }

    /// <summary>Delivers a system message; system messages overtake user messages.</summary>
    void SendSystemMessage(SystemMessage message);
}
