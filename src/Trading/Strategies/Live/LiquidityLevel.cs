namespace FractalTrader.Trading.Strategies.Live;

/// <summary>
/// One swing level watched for a sweep: its price (the equal-level mean when it ends a cluster)
/// and how far the sweep test of spec §3.5 has got. Mutable; owned by one <see cref="LiquidityLevelBook"/>.
/// </summary>
internal sealed class LiquidityLevel(int bar, double swingPrice)
{
    public int Bar { get; } = bar;

    public double SwingPrice { get; } = swingPrice;

    /// <summary>The level tested: the swing price, or the cluster mean written at this bar.</summary>
    public double Value { get; set; } = swingPrice;

    /// <summary>First bar after the level that went beyond it, or -1.</summary>
    public int BreachBar { get; set; } = -1;

    /// <summary>The bar that closed back inside (the sweep), or -1.</summary>
    public int SweepBar { get; set; } = -1;

    /// <summary>Only the first breach counts: once it reversed or ran out of bars, the level is done.</summary>
    public bool Done { get; set; }

    /// <summary>Set when <see cref="Value"/> changed or the level is new: its test restarts from its bar.</summary>
    public bool NeedsRescan { get; set; }

    /// <summary>Untouched so far: filed in the book's price-sorted list.</summary>
    public bool Waiting { get; set; }

    /// <summary>Breached, waiting for a close back inside.</summary>
    public bool Pending { get; set; }

    /// <summary>The level left the window.</summary>
    public bool Expired { get; set; }

    /// <summary>The last bar the test has seen.</summary>
    public int TestedThrough { get; set; } = -1;
}
