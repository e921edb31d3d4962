namespace FractalTrader.Runtime;

/// <summary>What a full <see cref="BoundedMailbox"/> does with one message too many.</summary>
public enum MailboxOverflow
{
    /// <summary>Keep the new message and drop the oldest queued one, published as <see cref="Dropped"/> (latest market data wins).</summary>
    DropOldest,

    /// <summary>Drop the new message, published as <see cref="Dropped"/>.</summary>
    DropNewest,

    /// <summary>Send the new message to dead letters: counted, published as <see cref="DeadLetter"/>, logged at a limited rate.</summary>
    RejectToDeadLetters,
}
