using System.Runtime.InteropServices;
using FractalTrader.Trading.Detectors;
using FractalTrader.Trading.Strategies.FvgFill;

namespace FractalTrader.Trading.Strategies.Live;

/// <summary>
/// The fair value gap fill strategy, bar by bar (spec §4.2): unfilled gaps are checked against the
/// newest bar; the stop comes from the most recent gap before it, as in the original.
/// Mutable; not thread-safe.
/// </summary>
internal sealed class LiveFvgFill : LiveStrategy
{
    private readonly BarHistory bars;
    private readonly FvgFillParameters parameters;
    private readonly List<(FairValueGap Gap, double Bottom, double Top)> unfilledBullish = [];
    private readonly List<(FairValueGap Gap, double Bottom, double Top)> unfilledBearish = [];
    private FairValueGap? latestBullish;
    private FairValueGap? latestBearish;

    public LiveFvgFill(BarHistory bars, FvgFillParameters parameters)
        : base(parameters)
    {
        this.bars = bars;
        this.parameters = parameters;
    }

    public override void OnBar(List<SignalDraft> drafts)
    {
        var t = bars.Last;
        var first = bars.Start + 2;
        var low = bars.Low(t);
        var high = bars.High(t);
        var bullishFill = Fill(unfilledBullish, first, low, high);
        var bearishFill = Fill(unfilledBearish, first, low, high);
        if (bullishFill && latestBullish is { } up && up.Bar >= first
            && FvgFillScan.Long(t, bars.Close(t), up) is { } longDraft && longDraft.Passes(parameters.MinRiskReward))
        {
            drafts.Add(longDraft);
        }

        if (bearishFill && latestBearish is { } down && down.Bar >= first
            && FvgFillScan.Short(t, bars.Close(t), down) is { } shortDraft && shortDraft.Passes(parameters.MinRiskReward))
        {
            drafts.Add(shortDraft);
        }

        if (t < first)
        {
            return;
        }

        var from = t - 2;
        if (FairValueGaps.TryBullish(bars.HighsFrom(from), bars.LowsFrom(from), 2, parameters.MinGapPercent, out var bullish))
        {
            var gap = bullish with { Bar = t };
            unfilledBullish.Add(Open(gap));
            latestBullish = gap;
        }

        if (FairValueGaps.TryBearish(bars.HighsFrom(from), bars.LowsFrom(from), 2, parameters.MinGapPercent, out var bearish))
        {
            var gap = bearish with { Bar = t };
            unfilledBearish.Add(Open(gap));
            latestBearish = gap;
        }
    }

    private (FairValueGap Gap, double Bottom, double Top) Open(in FairValueGap gap)
    {
        var (bottom, top) = gap.FillZone(FvgFillMode.Partial, parameters.PartialFillPercent);
        return (gap, bottom, top);
    }

    /// <summary>Drops expired and newly filled gaps; true when the bar filled at least one.</summary>
    private static bool Fill(List<(FairValueGap Gap, double Bottom, double Top)> unfilled, int first, double low, double high)
    {
        var filled = false;
        var kept = 0;
        var gaps = CollectionsMarshal.AsSpan(unfilled);
        for (var i = 0; i < gaps.Length; i++)
        {
            ref readonly var gap = ref gaps[i];
            if (gap.Gap.Bar < first)
            {
                continue;
            }

            if (low <= gap.Top && high >= gap.Bottom)
            {
                filled = true;
                continue;
            }

            if (kept != i)
            {
                gaps[kept] = gap;
            }

            kept++;
        }

        unfilled.RemoveRange(kept, unfilled.Count - kept);
        return filled;
    }
}
