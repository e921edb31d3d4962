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
    private readonly UnfilledGaps unfilledBullish = new();
    private readonly UnfilledGaps unfilledBearish = new();
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
        var bullishFill = unfilledBullish.Fill(first, low, high);
        var bearishFill = unfilledBearish.Fill(first, low, high);
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
            Open(unfilledBullish, gap);
            latestBullish = gap;
        }

        if (FairValueGaps.TryBearish(bars.HighsFrom(from), bars.LowsFrom(from), 2, parameters.MinGapPercent, out var bearish))
        {
            var gap = bearish with { Bar = t };
            Open(unfilledBearish, gap);
            latestBearish = gap;
        }
    }

    private void Open(UnfilledGaps unfilled, in FairValueGap gap)
    {
        var (bottom, top) = gap.FillZone(FvgFillMode.Partial, parameters.PartialFillPercent);
        unfilled.Add(gap, bottom, top);
    }
}
