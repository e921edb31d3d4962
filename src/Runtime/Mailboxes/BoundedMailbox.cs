namespace FractalTrader.Runtime;

/// <summary>
/// A mailbox holding at most <see cref="Capacity"/> messages; <see cref="Overflow"/> says what
/// happens beyond (HOCON <c>type = "bounded"</c> with <c>capacity</c> and <c>overflow-policy</c> under <c>fractal.actor.mailbox</c> or <c>fractal.actor.mailboxes.&lt;name&gt;</c>).
/// Meant for market data, where the newest tick matters more than every tick. Immutable.
/// </summary>
public sealed record BoundedMailbox : MailboxType
{
    /// <summary>Creates the setting.</summary>
    /// <param name="capacity">The most messages queued at once; at least 1.</param>
    /// <param name="overflow">What to do when full; the default is <see cref="MailboxOverflow.RejectToDeadLetters"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The capacity is below 1.</exception>
    public BoundedMailbox(int capacity, MailboxOverflow overflow = MailboxOverflow.RejectToDeadLetters)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        if (!Enum.IsDefined(overflow))
        {
            throw new ArgumentOutOfRangeException(nameof(overflow), overflow, "Unknown mailbox overflow policy.");
        }

        Capacity = capacity;
        Overflow = overflow;
    }

    /// <summary>The most messages queued at once.</summary>
    public int Capacity { get; }

    /// <summary>What a full mailbox does with one message too many.</summary>
    public MailboxOverflow Overflow { get; }

    internal override MessageQueue CreateQueue() => new BoundedMessageQueue(Capacity, Overflow);
}
