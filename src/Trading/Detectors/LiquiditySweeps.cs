namespace FractalTrader.Trading.Detectors;

/// <summary>
/// Liquidity sweeps (spec §3.5): for each level, only its first breach counts; the sweep is flagged
/// at the first bar within <c>reversalBars</c> of the breach (the breach bar included) that closes
/// back beyond the level. Stateless and thread-safe.
/// </summary>
public static class LiquiditySweeps
{
    /// <summary>Flags the reversal bar of each sweep.</summary>
    /// <param name="high">Highs per bar.</param>
    /// <param name="low">Lows per bar.</param>
    /// <param name="close">Closes per bar.</param>
    /// <param name="levels">Level prices at their bars, NaN elsewhere.</param>
    /// <param name="reversalBars">Bars after the breach within which the close must come back.</param>
    /// <param name="direction">Which side to test; bullish first when both.</param>
    public static bool[] Detect(
        ReadOnlySpan<double> high,
        ReadOnlySpan<double> low,
        ReadOnlySpan<double> close,
        ReadOnlySpan<double> levels,
        int reversalBars = 3,
        SweepDirection direction = SweepDirection.Both)
    {
        var length = high.Length;
        var sweeps = new bool[length];
        var bullish = direction != SweepDirection.Bearish;
        var bearish = direction != SweepDirection.Bullish;
        for (var level = 0; level < length; level++)
        {
            var price = levels[level];
            if (double.IsNaN(price))
            {
                continue;
            }

            for (var i = level + 1; i < length; i++)
            {
                if (bullish && low[i] < price)
                {
                    var end = Math.Min(i + reversalBars, length - 1);
                    for (var j = i; j <= end; j++)
                    {
                        if (close[j] > price)
                        {
                            sweeps[j] = true;
                            break;
                        }
                    }

                    break;
                }

                if (bearish && high[i] > price)
                {
                    var end = Math.Min(i + reversalBars, length - 1);
                    for (var j = i; j <= end; j++)
                    {
                        if (close[j] < price)
                        {
                            sweeps[j] = true;
                            break;
                        }
                    }

                    break;
                }
            }
        }

        return sweeps;
    }
}
