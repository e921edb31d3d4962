using FractalTrader.Trading.Numerics;

namespace FractalTrader.Trading.Detectors;

/// <summary>
/// ATR as the original computes it (spec §3.8): a simple rolling mean (pandas arithmetic) of the
/// true range, where the first bar of the input has no previous close and its true range is
/// high − low. Not Wilder smoothing. Stateless and thread-safe.
/// </summary>
public static class AverageTrueRange
{
    /// <summary>The default period.</summary>
    public const int DefaultPeriod = 14;

    /// <summary>ATR per bar; NaN for the first <c>period − 1</c> bars.</summary>
    public static double[] Compute(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, int period = DefaultPeriod)
    {
        var result = new double[high.Length];
        var trueRange = new double[high.Length];
        Compute(high, low, close, period, trueRange, result);
        return result;
    }

    /// <summary>Writes true ranges and ATR into caller-provided buffers as long as the input.</summary>
    public static void Compute(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, int period, Span<double> trueRange, Span<double> atr)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        var length = high.Length;
        for (var i = 0; i < length; i++)
        {
            trueRange[i] = TrueRange(high, low, close, i);
        }

        RollingMean.Compute(trueRange[..length], period, period, atr);
    }

    /// <summary>The true range of bar i (high − low for the first bar).</summary>
    internal static double TrueRange(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, int i)
    {
        var range = high[i] - low[i];
        if (i == 0)
        {
            return range;
        }

        var previous = close[i - 1];
        return Math.Max(range, Math.Max(Math.Abs(high[i] - previous), Math.Abs(low[i] - previous)));
    }
}
