namespace FractalTrader.Runtime;

/// <summary>
/// A bounded mailbox queue. Dropping the oldest message means a producer removes from the head,
/// which a single-consumer lock-free queue cannot allow, so this one takes a short lock; bounded
/// mailboxes serve market data, where a lock per tick costs far less than the work per tick.
/// </summary>
internal sealed class BoundedMessageQueue(int capacity, MailboxOverflow overflow) : MessageQueue
{
    private readonly Lock gate = new();
    private readonly Queue<Envelope> queue = new();

    public override int Count
    {
        get
        {
            lock (gate)
            {
                return queue.Count;
            }
        }
    }

    public override bool HasMessages => Count > 0;

    public override bool Enqueue(ActorCell owner, object message, IActorRef? sender)
    {
        Envelope evicted;
        lock (gate)
        {
            if (queue.Count < capacity)
            {
                queue.Enqueue(new Envelope(message, sender));
                return true;
            }

            if (overflow != MailboxOverflow.DropOldest)
            {
                evicted = default;
            }
            else
            {
                evicted = queue.Dequeue();
                queue.Enqueue(new Envelope(message, sender));
            }
        }

        switch (overflow)
        {
            case MailboxOverflow.DropOldest:
                owner.ReportDropped(evicted, "the bounded mailbox was full and dropped its oldest message");
                return true;
            case MailboxOverflow.DropNewest:
                owner.ReportDropped(new Envelope(message, sender), "the bounded mailbox was full and dropped the newest message");
                return false;
            default:
                owner.ReportRejected(message, sender);
                return false;
        }
    }

    public override bool TryDequeue(out Envelope envelope)
    {
        lock (gate)
        {
            return queue.TryDequeue(out envelope);
        }
    }
}
