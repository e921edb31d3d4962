namespace FractalTrader.Trading.Detectors;

/// <summary>
/// Fair value gaps and their fill check (spec §3.6). Stateless and thread-safe.
/// </summary>
public static class FairValueGaps
{
    /// <summary>The fill threshold the FVG strategy uses by default.</summary>
    public const double DefaultPartialPercent = 0.5;

    /// <summary>Bullish and bearish gaps of at least <paramref name="minGapPercent"/> (relative to the lower edge), in bar order.</summary>
    public static (List<FairValueGap> Bullish, List<FairValueGap> Bearish) Find(ReadOnlySpan<double> high, ReadOnlySpan<double> low, double minGapPercent = 0.001)
    {
        var bullish = new List<FairValueGap>();
        var bearish = new List<FairValueGap>();
        for (var i = 2; i < high.Length; i++)
        {
            if (TryBullish(high, low, i, minGapPercent, out var up))
            {
                bullish.Add(up);
            }

            if (TryBearish(high, low, i, minGapPercent, out var down))
            {
                bearish.Add(down);
            }
        }

        return (bullish, bearish);
    }

    /// <summary>
    /// Flags each bar that touches the fill zone of an earlier, not yet filled gap, and records for
    /// every gap the bar that filled it (or -1). Several gaps can fill on one bar.
    /// </summary>
    public static (bool[] Fills, int[] FillBars) CheckFill(
        ReadOnlySpan<double> high,
        ReadOnlySpan<double> low,
        IReadOnlyList<FairValueGap> gaps,
        FvgFillMode mode = FvgFillMode.Partial,
        double partialPercent = DefaultPartialPercent)
    {
        ArgumentNullException.ThrowIfNull(gaps);
        var fills = new bool[high.Length];
        var fillBars = new int[gaps.Count];
        Array.Fill(fillBars, -1);
        var open = new List<int>();
        var next = 0;
        for (var t = 0; t < high.Length; t++)
        {
            while (next < gaps.Count && gaps[next].Bar < t)
            {
                open.Add(next++);
            }

            var kept = 0;
            for (var k = 0; k < open.Count; k++)
            {
                var g = open[k];
                var (bottom, top) = gaps[g].FillZone(mode, partialPercent);
                if (low[t] <= top && high[t] >= bottom)
                {
                    fills[t] = true;
                    fillBars[g] = t;
                }
                else
                {
                    open[kept++] = g;
                }
            }

            open.RemoveRange(kept, open.Count - kept);
        }

        return (fills, fillBars);
    }

    /// <summary>Whether bars i-2..i form a bullish gap (low[i] above high[i-2]) of at least the minimum size.</summary>
    internal static bool TryBullish(ReadOnlySpan<double> high, ReadOnlySpan<double> low, int i, double minGapPercent, out FairValueGap gap)
    {
        var gapLow = high[i - 2];
        var gapHigh = low[i];
        gap = new FairValueGap(i, gapLow, gapHigh);
        return gapHigh > gapLow && (gapHigh - gapLow) / gapLow >= minGapPercent;
    }

    /// <summary>Whether bars i-2..i form a bearish gap (high[i] below low[i-2]) of at least the minimum size.</summary>
    internal static bool TryBearish(ReadOnlySpan<double> high, ReadOnlySpan<double> low, int i, double minGapPercent, out FairValueGap gap)
    {
        var gapHigh = low[i - 2];
        var gapLow = high[i];
        gap = new FairValueGap(i, gapLow, gapHigh);
        return gapHigh > gapLow && (gapHigh - gapLow) / gapLow >= minGapPercent;
    }
}
