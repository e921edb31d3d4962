using FractalTrader.Trading.Detectors;
using FractalTrader.Trading.MarketData;

namespace FractalTrader.Trading.Strategies.BosOrderBlock;

/// <summary>
/// The break-of-structure + order-block strategy over a whole series, as the original returns it
/// (spec §4.3): for each BOS in order (bullish first), the most recent order block before it; the
/// first bar within the validity window that touches the block triggers (or, rejected, ends the
/// setup). Stateless and thread-safe.
/// </summary>
internal static class BosOrderBlockScan
{
    public const string BullishType = "bullish_ob_retest";
    public const string BearishType = "bearish_ob_retest";

    public static List<SignalDraft> Drafts(CandleSeries series, BosOrderBlockParameters parameters)
    {
        var high = series.High;
        var low = series.Low;
        var close = series.Close;
        var swings = SwingPoints.Find(high, low, parameters.SwingPeriod);
        var breaks = StructureBreaks.Detect(close, swings.Highs, swings.Lows);
        var (bullishBlocks, bearishBlocks) = OrderBlocks.Find(series.Open, high, low, close, parameters.MinImpulsePercent);

        var drafts = new List<SignalDraft>();
        Collect(series, breaks.BullishBos, bullishBlocks, swings.Highs, TradeDirection.Long, parameters, drafts);
        Collect(series, breaks.BearishBos, bearishBlocks, swings.Lows, TradeDirection.Short, parameters, drafts);
        return drafts;
    }

    /// <summary>
    /// Long on an order-block retest: stop 0.1% under the block, target the EARLIEST swing high
    /// before the bar that is above the entry (the original's choice), else 3R.
    /// </summary>
    public static SignalDraft? Long(int bar, double entry, in OrderBlock block, double earliestSwingHighAboveEntry)
    {
        var stop = block.Low * 0.999;
        if (stop >= entry)
        {
            return null;
        }

        var target = double.IsNaN(earliestSwingHighAboveEntry) ? entry + ((entry - stop) * 3) : earliestSwingHighAboveEntry;
        return new SignalDraft(bar, TradeDirection.Long, entry, stop, target, BullishType, "ob_high", block.High, "ob_low", block.Low);
    }

    /// <summary>Short mirror of <see cref="Long"/>, targeting the MOST RECENT swing low below the entry, else 3R.</summary>
    public static SignalDraft? Short(int bar, double entry, in OrderBlock block, double latestSwingLowBelowEntry)
    {
        var stop = block.High * 1.001;
        if (stop <= entry)
        {
            return null;
        }

        var target = double.IsNaN(latestSwingLowBelowEntry) ? entry - ((stop - entry) * 3) : latestSwingLowBelowEntry;
        return new SignalDraft(bar, TradeDirection.Short, entry, stop, target, BearishType, "ob_high", block.High, "ob_low", block.Low);
    }

    private static void Collect(
        CandleSeries series,
        bool[] breaks,
        List<OrderBlock> blocks,
        double[] swings,
        TradeDirection direction,
        BosOrderBlockParameters parameters,
        List<SignalDraft> drafts)
    {
        var high = series.High;
        var low = series.Low;
        var close = series.Close;
        var latestBlock = -1;
        for (var b = 0; b < breaks.Length; b++)
        {
            while (latestBlock + 1 < blocks.Count && blocks[latestBlock + 1].Bar < b)
            {
                latestBlock++;
            }

            if (!breaks[b] || latestBlock < 0)
            {
                continue;
            }

            var block = blocks[latestBlock];
            var end = Math.Min(b + parameters.ObValidityBars, series.Count - 1);
            for (var r = b + 1; r <= end; r++)
            {
                if (!block.IsTouchedBy(low[r], high[r]))
                {
                    continue;
                }

                var entry = close[r];
                var draft = direction == TradeDirection.Long
                    ? Long(r, entry, block, EarliestAbove(swings, r, entry))
                    : Short(r, entry, block, LatestBelow(swings, r, entry));
                if (draft is { } d && d.Passes(parameters.MinRiskReward))
                {
                    drafts.Add(d);
                }

                break;
            }
        }
    }

    private static double EarliestAbove(double[] swings, int before, double price)
    {
        for (var i = 0; i < before; i++)
        {
            if (swings[i] > price)
            {
                return swings[i];
            }
        }

        return double.NaN;
    }

    private static double LatestBelow(double[] swings, int before, double price)
    {
        for (var i = before - 1; i >= 0; i--)
        {
            if (swings[i] < price)
            {
                return swings[i];
            }
        }

        return double.NaN;
    }
}
