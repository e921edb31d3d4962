using FractalTrader.Trading.Detectors;

namespace FractalTrader.Trading.Strategies.Live;

/// <summary>
/// Swing points of one symbol confirmed bar by bar (a swing at bar c is known at c + n), kept for
/// the evaluation window, with the trend of spec §3.2 as the batch evaluation over that window
/// sees it. Shared by the strategies that use the same swing period. Mutable; not thread-safe.
/// </summary>
internal sealed class SwingTracker
{
    private readonly BarHistory bars;
    private readonly WindowList<SwingPoint> points = new();
    private (int Bar, double Price) previousHigh = (-1, 0);
    private (int Bar, double Price) lastHigh = (-1, 0);
    private (int Bar, double Price) previousLow = (-1, 0);
    private (int Bar, double Price) lastLow = (-1, 0);

    public SwingTracker(BarHistory bars, int period)
    {
        this.bars = bars;
        Period = period;
    }

    public int Period { get; }

    /// <summary>Oldest bar that can be a swing point in the current window.</summary>
    public int FirstSwingBar => bars.Start + Period;

    /// <summary>Number of points in the window.</summary>
    public int Count => points.Count;

    /// <summary>The swing high confirmed by the newest bar, if any.</summary>
    public SwingPoint? NewHigh { get; private set; }

    /// <summary>The swing low confirmed by the newest bar, if any.</summary>
    public SwingPoint? NewLow { get; private set; }

    /// <summary>The i-th point in the window, oldest first (highs before lows on one bar).</summary>
    public SwingPoint this[int index] => points[index];

    /// <summary>Expires points that left the window and confirms the swing n bars back.</summary>
    public void OnBar()
    {
        NewHigh = null;
        NewLow = null;
        var first = FirstSwingBar;
        var expired = 0;
        while (expired < points.Count && points[expired].Bar < first)
        {
            expired++;
        }

        points.RemoveFirst(expired);
        var candidate = bars.Last - Period;
        if (candidate < first)
        {
            return;
        }

        var from = candidate - Period;
        if (SwingPoints.IsSwingHigh(bars.HighsFrom(from), Period, Period))
        {
            previousHigh = lastHigh;
            lastHigh = (candidate, bars.High(candidate));
            NewHigh = Add(lastHigh.Bar, lastHigh.Price, isHigh: true);
        }

        if (SwingPoints.IsSwingLow(bars.LowsFrom(from), Period, Period))
        {
            previousLow = lastLow;
            lastLow = (candidate, bars.Low(candidate));
            NewLow = Add(lastLow.Bar, lastLow.Price, isHigh: false);
        }
    }

    /// <summary>The trend at <paramref name="bar"/> as the batch evaluation of the current window gives it.</summary>
    public int TrendAt(int bar)
    {
        var first = FirstSwingBar;
        for (var i = points.Count - 1; i >= 0; i--)
        {
            var point = points[i];
            if (point.Bar > bar)
            {
                continue;
            }

            // On a bar with both points the low is written last: its verdict is the bar's.
            if (point.IsHigh && i + 1 < points.Count && points[i + 1].Bar == point.Bar)
            {
                continue;
            }

            var verdict = point.SupportStart >= first ? point.Verdict : 0;
            if (verdict != 0)
            {
                return verdict;
            }
        }

        return 0;
    }

    /// <summary>The latest swing high (or low) in the window, if any.</summary>
    public SwingPoint? Latest(bool isHigh)
    {
        for (var i = points.Count - 1; i >= 0; i--)
        {
            if (points[i].IsHigh == isHigh)
            {
                return points[i];
            }
        }

        return null;
    }

    private SwingPoint Add(int bar, double price, bool isHigh)
    {
        var verdict = 0;
        var support = int.MaxValue;
        if (previousHigh.Bar >= 0 && previousLow.Bar >= 0)
        {
            verdict = SwingSequence.Classify(previousHigh.Price, lastHigh.Price, previousLow.Price, lastLow.Price);
            support = Math.Min(previousHigh.Bar, previousLow.Bar);
        }

        var point = new SwingPoint(bar, price, isHigh, verdict, support);
        points.Add(point);
        return point;
    }
}
