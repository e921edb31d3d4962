namespace FractalTrader.Trading.Strategies.Live;

/// <summary>
/// The last bars of one symbol in columns of doubles, addressed by absolute bar number (0 = the
/// first bar the engine saw). Keeps at least the evaluation window; older bars are dropped in
/// amortised O(1). Mutable; not thread-safe (one per symbol state).
/// </summary>
internal sealed class BarHistory
{
    private readonly double[] open;
    private readonly double[] high;
    private readonly double[] low;
    private readonly double[] close;
    private readonly double[] volume;
    private int offset;
    private int count;

    public BarHistory(int window)
    {
        Window = window;
        var capacity = Math.Max(64, 2 * window);
        open = new double[capacity];
        high = new double[capacity];
        low = new double[capacity];
        close = new double[capacity];
        volume = new double[capacity];
    }

    /// <summary>Bars the strategies see: the original evaluated its last 500 candles.</summary>
    public int Window { get; }

    /// <summary>Absolute number of the newest bar (-1 before the first).</summary>
    public int Last => offset + count - 1;

    /// <summary>Absolute number of the oldest bar in the evaluation window.</summary>
    public int Start => Math.Max(0, Last - Window + 1);

    public double Open(int bar) => open[bar - offset];

    public double High(int bar) => high[bar - offset];

    public double Low(int bar) => low[bar - offset];

    public double Close(int bar) => close[bar - offset];

    /// <summary>Highs from <paramref name="from"/> to the newest bar.</summary>
    public ReadOnlySpan<double> HighsFrom(int from) => high.AsSpan(from - offset, Last - from + 1);

    /// <summary>Lows from <paramref name="from"/> to the newest bar.</summary>
    public ReadOnlySpan<double> LowsFrom(int from) => low.AsSpan(from - offset, Last - from + 1);

    /// <summary>Opens from <paramref name="from"/> to the newest bar.</summary>
    public ReadOnlySpan<double> OpensFrom(int from) => open.AsSpan(from - offset, Last - from + 1);

    /// <summary>Closes from <paramref name="from"/> to the newest bar.</summary>
    public ReadOnlySpan<double> ClosesFrom(int from) => close.AsSpan(from - offset, Last - from + 1);

    /// <summary>Volumes from <paramref name="from"/> to the newest bar.</summary>
    public ReadOnlySpan<double> VolumesFrom(int from) => volume.AsSpan(from - offset, Last - from + 1);

    public void Append(double o, double h, double l, double c, double v)
    {
        if (count == open.Length)
        {
            Compact();
        }

        open[count] = o;
        high[count] = h;
        low[count] = l;
        close[count] = c;
        volume[count] = v;
        count++;
    }

    private void Compact()
    {
        // Keep the window (the only bars anything reads) and slide it to the front.
        var keep = Math.Min(count, Window);
        var drop = count - keep;
        Array.Copy(open, drop, open, 0, keep);
        Array.Copy(high, drop, high, 0, keep);
        Array.Copy(low, drop, low, 0, keep);
        Array.Copy(close, drop, close, 0, keep);
        Array.Copy(volume, drop, volume, 0, keep);
        offset += drop;
        count = keep;
    }
}
