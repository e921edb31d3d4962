namespace FractalTrader.Runtime;

/// <summary>A mailbox without limit, in arrival order; the default. Immutable.</summary>
public sealed record UnboundedMailbox : MailboxType
{
    /// <summary>The one setting there is.</summary>
    public static UnboundedMailbox Instance { get; } = new();

    internal override MessageQueue CreateQueue() => new UnboundedMessageQueue();
}
