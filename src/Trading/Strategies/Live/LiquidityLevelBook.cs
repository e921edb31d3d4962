using FractalTrader.Trading.Detectors;

namespace FractalTrader.Trading.Strategies.Live;

/// <summary>
/// The liquidity levels of one side (swing lows for bullish sweeps, highs for bearish) in the
/// window, with equal-level clusters (spec §3.4) kept up to date and each level's sweep test
/// (spec §3.5) advanced bar by bar. Clusters only form among prices linked within the tolerance,
/// so a new or expiring swing re-clusters only its own price neighbourhood, not the whole side.
/// Mutable; not thread-safe.
/// </summary>
internal sealed class LiquidityLevelBook
{
    // Adjacent prices further apart than tolerance × (1 + margin) of the higher one can never be
    // in one cluster, whichever is the seed; the margin absorbs floating-point rounding.
    private const double LinkMargin = 1e-9;

    private readonly BarHistory bars;
    private readonly SwingTracker swings;
    private readonly bool bullish;
    private readonly double tolerance;
    private readonly int reversalBars;
    private readonly WindowList<LiquidityLevel> levels = new();
    private readonly List<LiquidityLevel> byPrice = [];
    private readonly List<LiquidityLevel> scratch = [];
    private readonly List<LiquidityLevel> waiting = [];
    private readonly List<LiquidityLevel> pending = [];
    private readonly List<LiquidityLevel> rescans = [];

    public LiquidityLevelBook(BarHistory bars, SwingTracker swings, bool bullish, double tolerance, int reversalBars)
    {
        this.bars = bars;
        this.swings = swings;
        this.bullish = bullish;
        this.tolerance = tolerance;
        this.reversalBars = reversalBars;
    }

    /// <summary>Whether a level was swept on the newest bar.</summary>
    public bool SweptOnLastBar { get; private set; }

    /// <summary>Updates with the newest bar; call after the swing tracker.</summary>
    public void OnBar()
    {
        var t = bars.Last;
        var first = swings.FirstSwingBar;
        while (levels.Count > 0 && levels[0].Bar < first)
        {
            var expired = levels[0];
            levels.RemoveFirst(1);
            Remove(expired);
        }

        var confirmed = bullish ? swings.NewLow : swings.NewHigh;
        if (confirmed is { } swing)
        {
            Insert(new LiquidityLevel(swing.Bar, swing.Price));
        }

        SweptOnLastBar = false;
        Rescan(t);
        Advance(t);
    }

    /// <summary>Restarts the test of new and re-valued levels from their own bar up to the newest.</summary>
    private void Rescan(int t)
    {
        foreach (var level in rescans)
        {
            level.NeedsRescan = false;
            if (level.Expired)
            {
                continue;
            }

            Detach(level);
            level.BreachBar = -1;
            level.SweepBar = -1;
            level.Done = false;
            for (var bar = level.Bar + 1; bar <= t && !level.Done; bar++)
            {
                Step(level, bar);
            }

            level.TestedThrough = t;
            Place(level);
            SweptOnLastBar |= level.SweepBar == t;
        }

        rescans.Clear();
    }

    /// <summary>
    /// Advances the levels under test by the newest bar: breached levels wait for a close back
    /// inside; untouched levels are kept sorted by price, so only those the bar reaches are visited.
    /// </summary>
    private void Advance(int t)
    {
        var kept = 0;
        for (var i = 0; i < pending.Count; i++)
        {
            var level = pending[i];
            if (level.TestedThrough < t)
            {
                Step(level, t);
                level.TestedThrough = t;
                SweptOnLastBar |= level.SweepBar == t;
            }

            if (level.Done)
            {
                level.Pending = false;
                continue;
            }

            pending[kept++] = level;
        }

        pending.RemoveRange(kept, pending.Count - kept);
        var reach = bullish ? bars.Low(t) : -bars.High(t);
        while (waiting.Count > 0 && Key(waiting[^1]) > reach)
        {
            var level = waiting[^1];
            waiting.RemoveAt(waiting.Count - 1);
            level.Waiting = false;
            Step(level, t);
            level.TestedThrough = t;
            SweptOnLastBar |= level.SweepBar == t;
            Place(level);
        }
    }

    /// <summary>Sort key: the higher it is, the sooner a bar breaches the level (high lows, low highs).</summary>
    private double Key(LiquidityLevel level) => bullish ? level.Value : -level.Value;

    /// <summary>Files a level by its test state: untouched (sorted), breached, or done.</summary>
    private void Place(LiquidityLevel level)
    {
        if (level.Done)
        {
            return;
        }

        if (level.BreachBar >= 0)
        {
            level.Pending = true;
            pending.Add(level);
            return;
        }

        var key = Key(level);
        var lo = 0;
        var hi = waiting.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Key(waiting[mid]) <= key)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        level.Waiting = true;
        waiting.Insert(lo, level);
    }

    private void Detach(LiquidityLevel level)
    {
        if (level.Waiting)
        {
            waiting.Remove(level);
            level.Waiting = false;
        }

        if (level.Pending)
        {
            pending.Remove(level);
            level.Pending = false;
        }
    }

    private void Step(LiquidityLevel level, int bar)
    {
        if (level.Done)
        {
            return;
        }

        if (level.BreachBar < 0)
        {
            var breached = bullish ? bars.Low(bar) < level.Value : bars.High(bar) > level.Value;
            if (!breached)
            {
                return;
            }

            level.BreachBar = bar;
        }

        var close = bars.Close(bar);
        if (bullish ? close > level.Value : close < level.Value)
        {
            level.SweepBar = bar;
            level.Done = true;
        }
        else if (bar >= level.BreachBar + reversalBars)
        {
            level.Done = true;
        }
    }

    private void Insert(LiquidityLevel level)
    {
        levels.Add(level);
        MarkForRescan(level);
        var at = PricePosition(level);
        byPrice.Insert(at, level);
        var (from, to) = Neighbourhood(at, at);
        Recluster(from, to);
    }

    /// <summary>Takes an expired level out of the book.</summary>
    private void Remove(LiquidityLevel level)
    {
        level.Expired = true;
        Detach(level);
        // The list is sorted by (swing price, bar), so the level's own lower bound is the level.
        var at = PricePosition(level);
        if (at >= byPrice.Count || !ReferenceEquals(byPrice[at], level))
        {
            at = byPrice.IndexOf(level);
        }

        var (from, to) = Neighbourhood(at, at);
        byPrice.RemoveAt(at);
        if (to > from)
        {
            Recluster(from, to - 1);
        }
    }

    /// <summary>Widens [from, to] of the price-sorted list to the whole run of linked neighbours.</summary>
    private (int From, int To) Neighbourhood(int from, int to)
    {
        while (from > 0 && Linked(byPrice[from - 1].SwingPrice, byPrice[from].SwingPrice))
        {
            from--;
        }

        while (to < byPrice.Count - 1 && Linked(byPrice[to].SwingPrice, byPrice[to + 1].SwingPrice))
        {
            to++;
        }

        return (from, to);
    }

    private bool Linked(double lower, double upper) => upper - lower <= tolerance * upper * (1 + LinkMargin);

    /// <summary>Re-runs the original clustering on a run of price neighbours, in time order.</summary>
    private void Recluster(int from, int to)
    {
        scratch.Clear();
        for (var i = from; i <= to; i++)
        {
            scratch.Add(byPrice[i]);
        }

        scratch.Sort(static (a, b) => a.Bar.CompareTo(b.Bar));
        Span<double> prices = stackalloc double[scratch.Count];
        Span<double> values = stackalloc double[scratch.Count];
        for (var i = 0; i < scratch.Count; i++)
        {
            prices[i] = scratch[i].SwingPrice;
            values[i] = scratch[i].SwingPrice;
        }

        if (scratch.Count >= 2)
        {
            foreach (var (last, mean) in EqualLevels.Cluster(prices, tolerance, 2))
            {
                values[last] = mean;
            }
        }

        for (var i = 0; i < scratch.Count; i++)
        {
            var level = scratch[i];
            if (!level.Value.Equals(values[i]))
            {
                level.Value = values[i];
                MarkForRescan(level);
            }
        }
    }

    private void MarkForRescan(LiquidityLevel level)
    {
        if (!level.NeedsRescan)
        {
            level.NeedsRescan = true;
            rescans.Add(level);
        }
    }

    private int PricePosition(LiquidityLevel level)
    {
        var lo = 0;
        var hi = byPrice.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            var other = byPrice[mid];
            if (other.SwingPrice < level.SwingPrice || (other.SwingPrice.Equals(level.SwingPrice) && other.Bar < level.Bar))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
