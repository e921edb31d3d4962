namespace FractalTrader.Runtime;

// Written by hand. ARCHITECTURE.md names System.Threading.Channels for mailboxes, but a channel
// (and the ConcurrentQueue<T> inside it) is multi-consumer and allocates a 32-slot segment per
// queue up front: about 1 KB per actor before it has received anything, over the 1 KB budget for
// an idle actor, and its reader is built to wake a waiting task, which an actor scheduled as a
// thread-pool work item does not need. An actor's mailbox has exactly one consumer (its turn on
// the dispatcher), so an intrusive multi-producer/single-consumer linked queue (Dmitry Vyukov's
// design) fits: an empty queue is one 40-byte stub node, enqueue is one atomic swap, dequeue takes
// no lock or atomic instruction at all. No counter is kept per message (it would cost a second
// atomic instruction); introspection counts the queued nodes instead. Consumed nodes are reused
// through a small per-thread cache rather than allocated per message: the node a dequeue leaves
// behind is unreachable (its one producer has finished linking it, which the consumer observed),
// so the next send from the same thread can take it.

/// <summary>The default mailbox queue: unbounded, lock-free, many producers and one consumer.</summary>
internal sealed class UnboundedMessageQueue : MessageQueue
{
    private const int MaxSpareNodes = 64;

    [ThreadStatic]
    private static Node? spareNodes;

    [ThreadStatic]
    private static int spareCount;

    private Node head;
    private Node tail;

    public UnboundedMessageQueue()
    {
        head = tail = new Node(null, null);
    }

    /// <summary>Walks the queue: a snapshot that may count a message being taken at that moment.</summary>
    public override int Count
    {
        get
        {
            var count = 0;
            for (var node = Volatile.Read(ref Volatile.Read(ref tail).Next); node is not null; node = Volatile.Read(ref node.Next))
            {
                count++;
            }

            return count;
        }
    }

    /// <summary>
    /// Compares the ends rather than reading the next link: the producer's swap of the head is a
    /// full fence and is visible before it reads whether the actor is scheduled, so an actor
    /// giving up its turn either sees the new head here or is scheduled by the producer. A true
    /// answer while the producer has not linked its node yet only costs one empty turn.
    /// </summary>
    public override bool HasMessages => Volatile.Read(ref head) != Volatile.Read(ref tail);

    public override bool Enqueue(ActorCell owner, object message, IActorRef? sender)
    {
        var node = spareNodes;
        if (node is null)
        {
            node = new Node(message, sender);
        }
        else
        {
            spareNodes = node.Next;
            spareCount--;
            node.Next = null;
            node.Message = message;
            node.Sender = sender;
        }

        var previous = Interlocked.Exchange(ref head, node);
        Volatile.Write(ref previous.Next, node);
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
        if (spareCount < MaxSpareNodes)
        {
            current.Next = spareNodes;
            spareNodes = current;
            spareCount++;
        }

        return true;
    }

    private sealed class Node(object? message, IActorRef? sender)
    {
        public Node? Next;
        public object? Message = message;
        public IActorRef? Sender = sender;
    }
}
