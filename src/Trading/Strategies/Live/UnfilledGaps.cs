using System.Runtime.InteropServices;
using FractalTrader.Trading.Detectors;

namespace FractalTrader.Trading.Strategies.Live;

/// <summary>
/// The unfilled fair value gaps of one side, oldest first, each with its fill zone, and the range of
/// prices the zones span: a bar that reaches none of them (the usual case — gaps behind the price
/// are filled and gone) is answered without visiting each gap. Mutable; not thread-safe.
/// </summary>
internal sealed class UnfilledGaps
{
    private readonly List<(FairValueGap Gap, double Bottom, double Top)> gaps = [];

    // NaN zones make these NaN, which only turns the shortcut off.
    private double lowestBottom = double.PositiveInfinity;
    private double highestTop = double.NegativeInfinity;

    public void Add(in FairValueGap gap, double bottom, double top)
    {
        gaps.Add((gap, bottom, top));
        lowestBottom = Math.Min(lowestBottom, bottom);
        highestTop = Math.Max(highestTop, top);
    }

    /// <summary>Drops gaps older than <paramref name="first"/> and those the bar fills; true when it filled at least one.</summary>
    public bool Fill(int first, double low, double high)
    {
        // Gaps are in bar order: none expires when the oldest is still in the window.
        if (gaps.Count == 0 || (gaps[0].Gap.Bar >= first && (low > highestTop || high < lowestBottom)))
        {
            return false;
        }

        var filled = false;
        var kept = 0;
        var open = CollectionsMarshal.AsSpan(gaps);
        lowestBottom = double.PositiveInfinity;
        highestTop = double.NegativeInfinity;
        for (var i = 0; i < open.Length; i++)
        {
            ref readonly var gap = ref open[i];
            if (gap.Gap.Bar < first)
            {
                continue;
            }

            if (low <= gap.Top && high >= gap.Bottom)
            {
                filled = true;
                continue;
            }

            lowestBottom = Math.Min(lowestBottom, gap.Bottom);
            highestTop = Math.Max(highestTop, gap.Top);
            if (kept != i)
            {
                open[kept] = gap;
            }

            kept++;
        }

        gaps.RemoveRange(kept, gaps.Count - kept);
        return filled;
    }
}
