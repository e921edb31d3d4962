using System.Runtime.InteropServices;

namespace FractalTrader.Runtime;

/// <summary>An unbounded stash bound to one actor cell; used only from that actor's turn.</summary>
internal sealed class UnboundedStash(ActorCell cell) : IStash
{
    private readonly List<Envelope> items = [];
    private long lastStashedSequence = -1;

    public int Count => items.Count;

    public bool IsEmpty => items.Count == 0;

    public void Stash()
    {
        var message = cell.CurrentMessage
            ?? throw new IllegalActorStateException($"{cell.Path}: Stash() only works while processing a message.");
        if (lastStashedSequence == cell.Sequence)
        {
            throw new IllegalActorStateException($"{cell.Path}: the message being processed ({message.GetType().Name}) is already stashed.");
        }

        lastStashedSequence = cell.Sequence;
        items.Add(new Envelope(message, cell.CurrentSender));
    }

    public void Unstash()
    {
        if (items.Count == 0)
        {
            return;
        }

        var oldest = items[0];
        items.RemoveAt(0);
        cell.Prepend([oldest]);
    }

    public void UnstashAll()
    {
        cell.Prepend(CollectionsMarshal.AsSpan(items));
        items.Clear();
    }

    public void UnstashAll(Func<Envelope, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var selected = items.Where(predicate).ToArray();
        items.Clear();
        cell.Prepend(selected);
    }

    public IEnumerable<Envelope> ClearStash()
    {
        var all = items.ToArray();
        items.Clear();
        return all;
    }

    public void Prepend(IEnumerable<Envelope> envelopes)
    {
        ArgumentNullException.ThrowIfNull(envelopes);
        items.InsertRange(0, envelopes);
    }
}
