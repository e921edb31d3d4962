namespace FractalTrader.Runtime;

/// <summary>
/// The user-message queue of one actor: many producers, one consumer (the actor's turn on the
/// dispatcher). System messages have their own list on the actor and never wait here.
/// </summary>
internal abstract class MessageQueue
{
    /// <summary>How many messages wait; a snapshot, safe from any thread.</summary>
    public abstract int Count { get; }

    /// <summary>Whether a message waits. Called by the consumer, or after it gave up its turn.</summary>
    public abstract bool HasMessages { get; }

    /// <summary>
    /// Queues a message from any thread. Returns <see langword="false"/> when the message was not
    /// queued (a full bounded mailbox); the queue has then already reported it to <paramref name="owner"/>.
    /// A successful enqueue makes the message visible to <see cref="HasMessages"/> through a full
    /// memory fence before it returns, which the owner's scheduling relies on.
    /// </summary>
    public abstract bool Enqueue(ActorCell owner, object message, IActorRef? sender);

    /// <summary>Takes the oldest message; consumer only.</summary>
    public abstract bool TryDequeue(out Envelope envelope);
}
