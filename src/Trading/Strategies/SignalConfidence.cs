using FractalTrader.Trading.Detectors;
using FractalTrader.Trading.MarketData;
using FractalTrader.Trading.Numerics;

namespace FractalTrader.Trading.Strategies;

/// <summary>
/// The original's confidence scores (spec §4.1–4.3), measured on the window of up to 51 bars that
/// ends at the signal bar. Allocation-free. Stateless and thread-safe.
/// </summary>
public static class SignalConfidence
{
    /// <summary>Bars before the signal bar the window reaches back.</summary>
    public const int Lookback = 50;

    private const int MinimumBars = 10;

    /// <summary>The score <paramref name="parameters"/>' strategy gives bar <paramref name="bar"/> of the series.</summary>
    public static int Score(StrategyParameters parameters, CandleSeries series, int bar)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(series);
        var factors = Measure(series.Open, series.High, series.Low, series.Close, series.Volume, bar, parameters.AtrPeriod);
        return Score(parameters.Kind, factors);
    }

    /// <summary>The score a strategy gives these factors.</summary>
    public static int Score(StrategyKind kind, in ConfidenceFactors factors)
    {
        if (kind == StrategyKind.LiquiditySweep)
        {
            return factors.Insufficient ? 50 : Math.Min(100, TrendPoints(factors) + factors.VolumePoints + factors.VolatilityPoints + 20 + (factors.StrongBody ? 10 : 0));
        }

        if (kind == StrategyKind.FvgFill)
        {
            return factors.Insufficient ? 50 : Math.Min(100, TrendPoints(factors) + 15 + factors.VolumePoints + factors.VolatilityPoints + 10);
        }

        if (kind == StrategyKind.BosOrderBlock)
        {
            if (factors.Insufficient)
            {
                return 50;
            }

            var trend = 0;
            if (factors.CurrentTrend != 0)
            {
                trend = factors.TrendConsistency > 0.8 ? 20 : factors.TrendConsistency > 0.6 ? 10 : 0;
            }

            return Math.Min(100, 40 + trend + factors.VolumePoints + factors.VolatilityPoints);
        }

        throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown strategy.");
    }

    /// <summary>
    /// Measures the factors for bar <paramref name="bar"/>; the window is bars
    /// max(0, bar − 50) … bar of the given columns (which start where the evaluated series starts).
    /// </summary>
    public static ConfidenceFactors Measure(
        ReadOnlySpan<double> open,
        ReadOnlySpan<double> high,
        ReadOnlySpan<double> low,
        ReadOnlySpan<double> close,
        ReadOnlySpan<double> volume,
        int bar,
        int atrPeriod) => Measure(open, high, low, close, volume, bar, atrPeriod, null);

    /// <summary>Like the public overload, with the trend factor already known (the incremental engine keeps it up to date).</summary>
    internal static ConfidenceFactors Measure(
        ReadOnlySpan<double> open,
        ReadOnlySpan<double> high,
        ReadOnlySpan<double> low,
        ReadOnlySpan<double> close,
        ReadOnlySpan<double> volume,
        int bar,
        int atrPeriod,
        (int Current, double Consistency)? trend)
    {
        var start = Math.Max(0, bar - Lookback);
        var length = bar - start + 1;
        if (length < MinimumBars)
        {
            return new ConfidenceFactors(true, 0, 0, 0, 0, false);
        }

        var h = high.Slice(start, length);
        var l = low.Slice(start, length);
        var (current, consistency) = trend ?? MeasureTrend(h, l);
        var volumeTier = VolumeTier(volume.Slice(start, length), volume[bar]);
        var volatilityTier = VolatilityTier(h, l, close.Slice(start, length), atrPeriod);
        var range = high[bar] - low[bar];
        var strongBody = range > 0 && Math.Abs(close[bar] - open[bar]) / range > 0.5;
        return new ConfidenceFactors(false, current, consistency, volumeTier, volatilityTier, strongBody);
    }

    private static (int Current, double Consistency) MeasureTrend(ReadOnlySpan<double> high, ReadOnlySpan<double> low)
    {
        var length = high.Length;
        Span<double> swingHighs = stackalloc double[length];
        Span<double> swingLows = stackalloc double[length];
        Span<int> trend = stackalloc int[length];
        SwingPoints.Find(high, low, Math.Min(5, length / 4), swingHighs, swingLows);
        MarketTrend.Determine(swingHighs, swingLows, trend);
        var current = trend[length - 1];
        var same = 0;
        foreach (var value in trend)
        {
            if (value == current)
            {
                same++;
            }
        }

        return (current, (double)same / length);
    }

    private static int VolumeTier(ReadOnlySpan<double> volume, double barVolume)
    {
        // pandas Series.mean: a straight sum (bottleneck's order) over the window.
        var sum = 0.0;
        foreach (var value in volume)
        {
            sum += value;
        }

        var average = sum / volume.Length;
        return barVolume > average * 1.5 ? 2 : barVolume > average ? 1 : 0;
    }

    private static int VolatilityTier(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, int atrPeriod)
    {
        // AverageTrueRange.Compute over the window folded into one pass: the same true ranges, the
        // same rolling-mean steps in the same order (so the same bits), without the two buffers.
        ArgumentOutOfRangeException.ThrowIfLessThan(atrPeriod, 1);
        var length = high.Length;
        Span<double> trueRanges = stackalloc double[length];
        var state = default(RollingMean.State);
        var sum = 0.0;
        var defined = 0;
        var current = double.NaN;
        for (var i = 0; i < length; i++)
        {
            var trueRange = AverageTrueRange.TrueRange(high, low, close, i);
            trueRanges[i] = trueRange;
            if (i == 0 || atrPeriod == 1)
            {
                state = default;
                state.PreviousValue = trueRange;
            }
            else if (i >= atrPeriod)
            {
                state.Remove(trueRanges[i - atrPeriod]);
            }

            state.Add(trueRange);
            if (i < atrPeriod - 1)
            {
                // Fewer observations than the period: the mean is NaN and adds nothing.
                continue;
            }

            current = state.Mean(atrPeriod);
            if (!double.IsNaN(current))
            {
                sum += current;
                defined++;
            }
        }

        if (defined == 0)
        {
            return 0;
        }

        var average = sum / defined;
        return current < average * 1.5 ? 2 : current < average * 2 ? 1 : 0;
    }

    /// <summary>Trend points shared by the sweep and gap strategies: +15 for a trend, +15 for a
    /// consistent window (paid for a flat window too, as in the original).</summary>
    private static int TrendPoints(in ConfidenceFactors factors) =>
        (factors.CurrentTrend != 0 ? 15 : 0) + (factors.TrendConsistency > 0.7 ? 15 : 0);
}
