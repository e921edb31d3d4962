namespace FractalTrader.Runtime;

/// <summary>
/// Messages an actor set aside to process later (Akka.NET's <c>IStash</c>). Use it only from the
/// actor's own message processing; not thread-safe.
/// </summary>
public interface IStash
{
    /// <summary>How many messages are stashed.</summary>
    int Count { get; }

    /// <summary>Whether nothing is stashed.</summary>
    bool IsEmpty { get; }

    /// <summary>Sets the message being processed (with its sender) aside.</summary>
    /// <exception cref="IllegalActorStateException">No message is being processed, or it is already stashed.</exception>
    void Stash();

    /// <summary>Puts the oldest stashed message in front of the mailbox.</summary>
    void Unstash();

    /// <summary>Puts every stashed message in front of the mailbox, oldest first, ahead of anything queued.</summary>
    void UnstashAll();

    /// <summary>Puts the stashed messages <paramref name="predicate"/> accepts in front of the mailbox, in order; the others are discarded.</summary>
    void UnstashAll(Func<Envelope, bool> predicate);

    /// <summary>Empties the stash and returns what it held, oldest first.</summary>
    IEnumerable<Envelope> ClearStash();

    /// <summary>Adds <paramref name="envelopes"/> before the stashed messages, in their order.</summary>
    void Prepend(IEnumerable<Envelope> envelopes);
}
