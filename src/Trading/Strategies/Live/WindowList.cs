namespace FractalTrader.Trading.Strategies.Live;

/// <summary>
/// Items in bar order that leave from the front as the evaluation window moves on: appended at the
/// end, expired from the front in amortised O(1) (the storage is compacted only once most of it has
/// expired, instead of shifting every remaining item on every bar). Mutable; not thread-safe.
/// </summary>
internal sealed class WindowList<T>
{
    private readonly List<T> items = [];
    private int head;

    /// <summary>Items still in the window.</summary>
    public int Count => items.Count - head;

    /// <summary>The i-th item in the window, oldest first.</summary>
    public T this[int index] => items[head + index];

    public void Add(T item) => items.Add(item);

    /// <summary>Expires the <paramref name="count"/> oldest items.</summary>
    public void RemoveFirst(int count)
    {
        if (count == 0)
        {
            return;
        }

        head += count;
        if (head > 1024 && head * 2 > items.Count)
        {
            items.RemoveRange(0, head);
            head = 0;
        }
    }
}
