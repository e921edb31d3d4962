namespace FractalTrader.Runtime;

/// <summary>Something a message can be sent to: an <see cref="IActorRef"/> or an <see cref="ActorSelection"/>.</summary>
public interface ICanTell
{
    /// <summary>
    /// Sends <paramref name="message"/> without waiting. <paramref name="sender"/> is what the
    /// receiver sees as <c>Sender</c>; pass <see cref="ActorRefs.NoSender"/> for none.
    /// Thread-safe.
    /// </summary>
    void Tell(object message, IActorRef? sender);
}
