namespace FractalTrader.Runtime;

// Written by hand. ARCHITECTURE.md names System.Threading.Channels for mailboxes, but a channel
// (and the ConcurrentQueue<T> inside it) is multi-consumer and allocates a 32-slot segment per
// queue up front: about 1 KB per actor before it has received anything, over the 1 KB budget for
// an idle actor, and its reader is built to wake a waiting task, which an actor scheduled as a
// thread-pool work item does not need. An actor's mailbox has exactly one consumer (its turn on
// the dispatcher), so an intrusive multi-producer/single-consumer linked queue (Dmitry Vyukov's
// design) fits: an empty queue is one 40-byte stub node, enqueue is one swap, dequeue takes no lock
// or atomic instruction at all.

/// <summary>The default mailbox queue: unbounded, lock-free, many producers and one consumer.</summary>
internal sealed class UnboundedMessageQueue : MessageQueue
{
    private Node head;
    private Node tail;
    private long enqueued;
    private long dequeued;

    public UnboundedMessageQueue()
    {
        head = tail = new Node(null, null);
    }

    public override int Count => (int)Math.Clamp(Volatile.Read(ref enqueued) - Volatile.Read(ref dequeued), 0, int.MaxValue);

    public override bool HasMessages => Volatile.Read(ref Volatile.Read(ref tail).Next) is not null;

    public override bool Enqueue(ActorCell owner, object message, IActorRef? sender)
    {
        var node = new Node(message, sender);
        var previous = Interlocked.Exchange(ref head, node);
        Volatile.Write(ref previous.Next, node);

        // Counts for introspection, and is the full fence that pairs with the consumer giving up
        // its turn: either the consumer sees this node or the producer sees the turn given up.
        Interlocked.Increment(ref enqueued);
        return true;
    }

    public override bool TryDequeue(out Envelope envelope)
    {
        var current = tail;
        var next = Volatile.Read(ref current.Next);
        if (next is null)
        {
            // Empty, or a producer is between its swap and its link; it schedules the actor after linking.
            envelope = default;
            return false;
        }

        envelope = new Envelope(next.Message!, next.Sender);

        // The node becomes the new stub: drop what it holds so a processed message is not kept alive.
        next.Message = null;
        next.Sender = null;
        Volatile.Write(ref tail, next);
        Volatile.Write(ref dequeued, dequeued + 1);
        return true;
    }

    private sealed class Node(object? message, IActorRef? sender)
    {
        public Node? Next;
        public object? Message = message;
        public IActorRef? Sender = sender;
    }
}
