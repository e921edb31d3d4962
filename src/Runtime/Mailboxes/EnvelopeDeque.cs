namespace FractalTrader.Runtime;

/// <summary>
/// Messages put back in front of the mailbox by <c>Unstash</c>; taken before anything queued.
/// Used only by the actor's own turn, so it takes no lock.
/// </summary>
internal sealed class EnvelopeDeque
{
    private Envelope[] items = new Envelope[4];
    private int head;
    private int count;

    public int Count => count;

    /// <summary>Puts <paramref name="envelopes"/> in front, keeping their order: the first of them comes out next.</summary>
    public void PushFront(ReadOnlySpan<Envelope> envelopes)
    {
        if (count + envelopes.Length > items.Length)
        {
            Grow(count + envelopes.Length);
        }

        for (var i = envelopes.Length - 1; i >= 0; i--)
        {
            head = (head - 1 + items.Length) % items.Length;
            items[head] = envelopes[i];
            count++;
        }
    }

    public bool TryPopFront(out Envelope envelope)
    {
        if (count == 0)
        {
            envelope = default;
            return false;
        }

        envelope = items[head];
        items[head] = default;
        head = (head + 1) % items.Length;
        count--;
        return true;
    }

    private void Grow(int needed)
    {
        var larger = new Envelope[Math.Max(needed, items.Length * 2)];
        for (var i = 0; i < count; i++)
        {
            larger[i] = items[(head + i) % items.Length];
        }

        items = larger;
        head = 0;
    }
}
