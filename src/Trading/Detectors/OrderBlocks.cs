namespace FractalTrader.Trading.Detectors;

/// <summary>
/// Order blocks (spec §3.7): bar i is a bullish order block when it is a down candle and the next
/// close is more than <c>min_impulse</c> above its close; bearish mirrored. Bar 0 and the last bar
/// never qualify. Stateless and thread-safe.
/// </summary>
public static class OrderBlocks
{
    /// <summary>Bullish and bearish order blocks in bar order.</summary>
    public static (List<OrderBlock> Bullish, List<OrderBlock> Bearish) Find(
        ReadOnlySpan<double> open,
        ReadOnlySpan<double> high,
        ReadOnlySpan<double> low,
        ReadOnlySpan<double> close,
        double minImpulsePercent = 0.01)
    {
        var bullish = new List<OrderBlock>();
        var bearish = new List<OrderBlock>();
        if (close.Length < 3)
        {
            return (bullish, bearish);
        }

        for (var i = 1; i < close.Length - 1; i++)
        {
            if (IsBullish(open, close, i, minImpulsePercent))
            {
                bullish.Add(new OrderBlock(i, low[i], high[i]));
            }

            if (IsBearish(open, close, i, minImpulsePercent))
            {
                bearish.Add(new OrderBlock(i, low[i], high[i]));
            }
        }

        return (bullish, bearish);
    }

    /// <summary>Down candle at i followed by a close more than the impulse above it.</summary>
    internal static bool IsBullish(ReadOnlySpan<double> open, ReadOnlySpan<double> close, int i, double minImpulsePercent) =>
        close[i + 1] > close[i] * (1 + minImpulsePercent) && close[i] < open[i];

    /// <summary>Up candle at i followed by a close more than the impulse below it.</summary>
    internal static bool IsBearish(ReadOnlySpan<double> open, ReadOnlySpan<double> close, int i, double minImpulsePercent) =>
        close[i + 1] < close[i] * (1 - minImpulsePercent) && close[i] > open[i];
}
