using FractalTrader.Trading.Detectors;
using FractalTrader.Trading.MarketData;

namespace FractalTrader.Trading.Strategies.FvgFill;

/// <summary>
/// The fair value gap fill strategy over a whole series, as the original returns it (spec §4.2).
/// The gap used for the stop is the most recent gap before the fill bar (the original never marks
/// its own table filled), not necessarily the gap that was filled. Stateless and thread-safe.
/// </summary>
internal static class FvgFillScan
{
    public const string BullishType = "bullish_fvg_fill";
    public const string BearishType = "bearish_fvg_fill";

    public static List<SignalDraft> Drafts(CandleSeries series, FvgFillParameters parameters)
    {
        var high = series.High;
        var low = series.Low;
        var close = series.Close;
        var (bullishGaps, bearishGaps) = FairValueGaps.Find(high, low, parameters.MinGapPercent);
        var bullishFills = FairValueGaps.CheckFill(high, low, bullishGaps, FvgFillMode.Partial, parameters.PartialFillPercent).Fills;
        var bearishFills = FairValueGaps.CheckFill(high, low, bearishGaps, FvgFillMode.Partial, parameters.PartialFillPercent).Fills;

        var drafts = new List<SignalDraft>();
        Collect(bullishFills, bullishGaps, close, TradeDirection.Long, parameters.MinRiskReward, drafts);
        Collect(bearishFills, bearishGaps, close, TradeDirection.Short, parameters.MinRiskReward, drafts);
        return drafts;
    }

    /// <summary>Long at a bullish fill bar: stop 0.1% under the gap's low, target 2R.</summary>
    public static SignalDraft? Long(int bar, double entry, in FairValueGap gap)
    {
        var stop = gap.GapLow * 0.999;
        if (stop >= entry)
        {
            return null;
        }

        var target = entry + ((entry - stop) * 2);
        return new SignalDraft(bar, TradeDirection.Long, entry, stop, target, BullishType, "fvg_high", gap.GapHigh, "fvg_low", gap.GapLow);
    }

    /// <summary>Short at a bearish fill bar: stop 0.1% over the gap's high, target 2R.</summary>
    public static SignalDraft? Short(int bar, double entry, in FairValueGap gap)
    {
        var stop = gap.GapHigh * 1.001;
        if (stop <= entry)
        {
            return null;
        }

        var target = entry - ((stop - entry) * 2);
        return new SignalDraft(bar, TradeDirection.Short, entry, stop, target, BearishType, "fvg_high", gap.GapHigh, "fvg_low", gap.GapLow);
    }

    private static void Collect(bool[] fills, List<FairValueGap> gaps, ReadOnlySpan<double> close, TradeDirection direction, double minRiskReward, List<SignalDraft> drafts)
    {
        var latest = -1;
        for (var t = 0; t < fills.Length; t++)
        {
            while (latest + 1 < gaps.Count && gaps[latest + 1].Bar < t)
            {
                latest++;
            }

            if (!fills[t] || latest < 0)
            {
                continue;
            }

            var gap = gaps[latest];
            var draft = direction == TradeDirection.Long ? Long(t, close[t], gap) : Short(t, close[t], gap);
            if (draft is { } d && d.Passes(minRiskReward))
            {
                drafts.Add(d);
            }
        }
    }
}
