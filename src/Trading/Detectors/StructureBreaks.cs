namespace FractalTrader.Trading.Detectors;

/// <summary>
/// Break of structure and change of character (spec §3.3), replicating the original's walk: the
/// latest swing level replaces the active one before the break test, so a bar that is itself a
/// new swing never reports a break of the previous level. Stateless and thread-safe.
/// </summary>
public static class StructureBreaks
{
    /// <summary>Detects breaks of the swing levels by closes, classified by the trend at the bar.</summary>
    public static StructureBreakSeries Detect(ReadOnlySpan<double> close, ReadOnlySpan<double> swingHighs, ReadOnlySpan<double> swingLows)
    {
        var length = close.Length;
        var bullish = new bool[length];
        var bearish = new bool[length];
        var choch = new bool[length];
        var trend = MarketTrend.Determine(swingHighs, swingLows);

        var activeHigh = double.NaN;
        var activeHighBar = -1;
        var activeLow = double.NaN;
        var activeLowBar = -1;
        for (var i = 0; i < length; i++)
        {
            if (!double.IsNaN(swingHighs[i]))
            {
                activeHigh = swingHighs[i];
                activeHighBar = i;
            }

            if (!double.IsNaN(swingLows[i]))
            {
                activeLow = swingLows[i];
                activeLowBar = i;
            }

            if (activeHighBar >= 0 && i != activeHighBar && close[i] > activeHigh)
            {
                if (trend[i] == -1)
                {
                    choch[i] = true;
                }
                else
                {
                    bullish[i] = true;
                }

                activeHighBar = -1;
            }

            if (activeLowBar >= 0 && i != activeLowBar && close[i] < activeLow)
            {
                if (trend[i] == 1)
                {
                    choch[i] = true;
                }
                else
                {
                    bearish[i] = true;
                }

                activeLowBar = -1;
            }
        }

        return new StructureBreakSeries(bullish, bearish, choch);
    }
}
