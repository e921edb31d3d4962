using FractalTrader.Trading.Detectors;
using FractalTrader.Trading.MarketData;

namespace FractalTrader.Trading.Strategies.LiquiditySweep;

/// <summary>
/// The liquidity sweep strategy over a whole series, as the original returns it (spec §4.1): every
/// historical setup, longs in bar order then shorts, after the reward/risk filter.
/// Stateless and thread-safe.
/// </summary>
internal static class LiquiditySweepScan
{
    public const string BullishType = "bullish_sweep";
    public const string BearishType = "bearish_sweep";

    public static List<SignalDraft> Drafts(CandleSeries series, LiquiditySweepParameters parameters)
    {
        var high = series.High;
        var low = series.Low;
        var close = series.Close;
        var swings = SwingPoints.Find(high, low, parameters.SwingPeriod);
        var equalHighs = EqualLevels.Find(swings.Highs, parameters.Tolerance);
        var equalLows = EqualLevels.Find(swings.Lows, parameters.Tolerance);
        var bullishLevels = Combine(swings.Lows, equalLows);
        var bearishLevels = Combine(swings.Highs, equalHighs);
        var bullish = LiquiditySweeps.Detect(high, low, close, bullishLevels, parameters.MaxReversalBars, SweepDirection.Bullish);
        var bearish = LiquiditySweeps.Detect(high, low, close, bearishLevels, parameters.MaxReversalBars, SweepDirection.Bearish);

        var drafts = new List<SignalDraft>();
        var lastHigh = double.NaN;
        for (var t = 0; t < series.Count; t++)
        {
            if (bullish[t] && Long(t, close[t], low[t], lastHigh) is { } draft && draft.Passes(parameters.MinRiskReward))
            {
                drafts.Add(draft);
            }

            if (!double.IsNaN(swings.Highs[t]))
            {
                lastHigh = swings.Highs[t];
            }
        }

        var lastLow = double.NaN;
        for (var t = 0; t < series.Count; t++)
        {
            if (bearish[t] && Short(t, close[t], high[t], lastLow) is { } draft && draft.Passes(parameters.MinRiskReward))
            {
                drafts.Add(draft);
            }

            if (!double.IsNaN(swings.Lows[t]))
            {
                lastLow = swings.Lows[t];
            }
        }

        return drafts;
    }

    /// <summary>
    /// Long on the sweep's reversal bar: stop 0.1% under its low, target the most recent swing high
    /// before it (NaN: none) or 2R when that is not above the entry.
    /// </summary>
    public static SignalDraft? Long(int bar, double entry, double sweepLow, double priorSwingHigh)
    {
        var stop = sweepLow * 0.999;
        if (stop >= entry)
        {
            return null;
        }

        var target = priorSwingHigh;
        if (double.IsNaN(target) || target <= entry)
        {
            target = entry + ((entry - stop) * 2);
        }

        return new SignalDraft(bar, TradeDirection.Long, entry, stop, target, BullishType, "sweep_low", sweepLow, null, 0);
    }

    /// <summary>Short mirror of <see cref="Long"/>: stop 0.1% over the high, target the most recent swing low.</summary>
    public static SignalDraft? Short(int bar, double entry, double sweepHigh, double priorSwingLow)
    {
        var stop = sweepHigh * 1.001;
        if (stop <= entry)
        {
            return null;
        }

        var target = priorSwingLow;
        if (double.IsNaN(target) || target >= entry)
        {
            target = entry - ((stop - entry) * 2);
        }

        return new SignalDraft(bar, TradeDirection.Short, entry, stop, target, BearishType, "sweep_high", sweepHigh, null, 0);
    }

    /// <summary>Swing levels with the equal-level mean written over the swing price where one exists.</summary>
    private static double[] Combine(double[] swings, double[] equalLevels)
    {
        var combined = (double[])swings.Clone();
        for (var i = 0; i < combined.Length; i++)
        {
            if (!double.IsNaN(equalLevels[i]))
            {
                combined[i] = equalLevels[i];
            }
        }

        return combined;
    }
}
