namespace FractalTrader.Runtime;

/// <summary>
/// What kind of mailbox an actor gets: <see cref="UnboundedMailbox"/> (the default) or
/// <see cref="BoundedMailbox"/>. Chosen per actor with <see cref="Props.WithMailbox(MailboxType)"/>,
/// by name from <see cref="ActorSystemOptions.Mailboxes"/>, or for all actors with
/// <see cref="ActorSystemOptions.DefaultMailbox"/>. Immutable.
/// </summary>
public abstract record MailboxType
{
    private protected MailboxType()
    {
    }

    /// <summary>Creates the queue behind one actor's mailbox.</summary>
    internal abstract MessageQueue CreateQueue();
}
