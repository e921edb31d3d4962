namespace FractalTrader.Trading.Detectors;

/// <summary>
/// Swing points (spec §3.1): bar i is a swing high when its high is strictly above the n highs on
/// each side, a swing low when its low is strictly below the n lows on each side. The value sits
/// at bar i although it is only knowable at bar i + n. Stateless and thread-safe.
/// </summary>
public static class SwingPoints
{
    /// <summary>Finds swing highs and lows with <paramref name="n"/> bars on each side.</summary>
    public static SwingSeries Find(ReadOnlySpan<double> high, ReadOnlySpan<double> low, int n)
    {
        var highs = new double[high.Length];
        var lows = new double[low.Length];
        Find(high, low, n, highs, lows);
        return new SwingSeries(highs, lows);
    }

    /// <summary>Writes swing prices (NaN elsewhere) into the two outputs, which must be as long as the input.</summary>
    public static void Find(ReadOnlySpan<double> high, ReadOnlySpan<double> low, int n, Span<double> highs, Span<double> lows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var length = high.Length;
        highs[..length].Fill(double.NaN);
        lows[..length].Fill(double.NaN);
        if (length < (2 * n) + 1)
        {
            return;
        }

        for (var i = n; i < length - n; i++)
        {
            if (IsSwingHigh(high, i, n))
            {
                highs[i] = high[i];
            }

            if (IsSwingLow(low, i, n))
            {
                lows[i] = low[i];
            }
        }
    }

    /// <summary>Whether bar <paramref name="i"/> is strictly above the n highs on each side.</summary>
    internal static bool IsSwingHigh(ReadOnlySpan<double> high, int i, int n)
    {
        var value = high[i];
        for (var k = 1; k <= n; k++)
        {
            if (!(value > high[i - k]) || !(value > high[i + k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether bar <paramref name="i"/> is strictly below the n lows on each side.</summary>
    internal static bool IsSwingLow(ReadOnlySpan<double> low, int i, int n)
    {
        var value = low[i];
        for (var k = 1; k <= n; k++)
        {
            if (!(value < low[i - k]) || !(value < low[i + k]))
            {
                return false;
            }
        }

        return true;
    }
}
