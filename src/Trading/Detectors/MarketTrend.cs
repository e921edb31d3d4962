namespace FractalTrader.Trading.Detectors;

/// <summary>
/// Trend per bar from the swing sequence (spec §3.2): 1 for higher highs and higher lows, -1 for
/// lower highs and lower lows, 0 otherwise, with the original's forward fill (a 0 verdict is
/// replaced by the previous non-zero one, so once non-zero the trend never returns to 0).
/// Stateless and thread-safe.
/// </summary>
public static class MarketTrend
{
    /// <summary>The trend per bar for the given swing series.</summary>
    public static int[] Determine(ReadOnlySpan<double> swingHighs, ReadOnlySpan<double> swingLows)
    {
        var trend = new int[swingHighs.Length];
        Determine(swingHighs, swingLows, trend);
        return trend;
    }

    /// <summary>Writes the trend per bar into <paramref name="trend"/>.</summary>
    public static void Determine(ReadOnlySpan<double> swingHighs, ReadOnlySpan<double> swingLows, Span<int> trend)
    {
        var length = swingHighs.Length;
        trend[..length].Clear();
        if (Count(swingHighs) < 2 || Count(swingLows) < 2)
        {
            return;
        }

        var sequence = new SwingSequence();
        for (var i = 0; i < length; i++)
        {
            var high = swingHighs[i];
            var low = swingLows[i];
            var touched = false;

            // A bar with both points takes the high first (stable sort, highs listed first).
            if (!double.IsNaN(high))
            {
                sequence.AddHigh(high);
                touched = true;
            }

            if (!double.IsNaN(low))
            {
                sequence.AddLow(low);
                touched = true;
            }

            if (touched)
            {
                trend[i] = sequence.Current;
            }
        }

        var last = 0;
        for (var i = 0; i < length; i++)
        {
            if (trend[i] != 0)
            {
                last = trend[i];
            }
            else
            {
                trend[i] = last;
            }
        }

        if (length > 0)
        {
            trend[0] = 0;
        }
    }

    private static int Count(ReadOnlySpan<double> values)
    {
        var count = 0;
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                count++;
            }
        }

        return count;
    }
}
