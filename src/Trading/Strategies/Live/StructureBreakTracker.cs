using System.Runtime.InteropServices;

namespace FractalTrader.Trading.Strategies.Live;

/// <summary>
/// Breaks of structure (spec §3.3) kept bar by bar for one side: the latest swing level and the
/// recent closes beyond it, as the batch walk over the current window reports them. A swing
/// confirmed n bars late replaces the level from its own bar on, so breaks of the previous level
/// at or after that bar are withdrawn — exactly what re-running the batch walk would do.
/// Mutable; not thread-safe.
/// </summary>
internal sealed class StructureBreakTracker
{
    private readonly BarHistory bars;
    private readonly SwingTracker swings;
    private readonly bool highs;
    private readonly int keep;
    private readonly List<StructureBreakEvent> events = [];
    private int activeBar = -1;
    private double activeLevel;
    private bool broken;

    /// <summary>Tracks breaks of one side's swing levels.</summary>
    /// <param name="bars">The symbol's bars.</param>
    /// <param name="swings">The swing points whose levels are broken.</param>
    /// <param name="highs">True for breaks above swing highs (bullish), false for breaks below lows.</param>
    /// <param name="keep">How many bars back events are needed.</param>
    public StructureBreakTracker(BarHistory bars, SwingTracker swings, bool highs, int keep)
    {
        this.bars = bars;
        this.swings = swings;
        this.highs = highs;
        this.keep = keep;
    }

    /// <summary>Breaks still in the window, oldest first (valid until the next update).</summary>
    public ReadOnlySpan<StructureBreakEvent> Events => CollectionsMarshal.AsSpan(events);

    /// <summary>Updates with the newest bar; call after the swing tracker.</summary>
    public void OnBar()
    {
        var t = bars.Last;
        var confirmed = highs ? swings.NewHigh : swings.NewLow;
        if (confirmed is { } swing)
        {
            while (events.Count > 0 && events[^1].Bar >= swing.Bar)
            {
                events.RemoveAt(events.Count - 1);
            }

            activeBar = swing.Bar;
            activeLevel = swing.Price;
            broken = false;
            for (var b = swing.Bar + 1; b <= t && !broken; b++)
            {
                TestBreak(b);
            }
        }
        else if (activeBar >= 0 && !broken && t > activeBar)
        {
            TestBreak(t);
        }

        var oldest = t - keep;
        var drop = 0;
        while (drop < events.Count && events[drop].Bar < oldest)
        {
            drop++;
        }

        if (drop > 0)
        {
            events.RemoveRange(0, drop);
        }
    }

    /// <summary>
    /// Whether the event is a break of structure (not a change of character) in the current
    /// window: its swing is still in the window and the trend at its bar does not oppose it.
    /// </summary>
    public bool IsBreakOfStructure(in StructureBreakEvent e)
    {
        if (e.SwingBar < swings.FirstSwingBar)
        {
            return false;
        }

        var trend = swings.TrendAt(e.Bar);
        return highs ? trend != -1 : trend != 1;
    }

    private void TestBreak(int bar)
    {
        var close = bars.Close(bar);
        if (highs ? close > activeLevel : close < activeLevel)
        {
            broken = true;
            events.Add(new StructureBreakEvent(bar, activeBar));
        }
    }
}
