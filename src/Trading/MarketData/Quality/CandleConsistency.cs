namespace FractalTrader.Trading.MarketData.Quality;

/// <summary>
/// What makes one bar impossible on its own: a non-positive price, negative volume, or OHLC that
/// contradict each other (high below open/close/low, low above open/close). Used by the strict
/// CSV reader and by the live candle gate. Stateless and thread-safe.
/// </summary>
public static class CandleConsistency
{
    /// <summary>What is wrong with the bar's prices, or null when they are consistent.</summary>
    /// <param name="candle">The bar.</param>
    /// <param name="requirePositive">Whether zero prices are refused too (a live feed never quotes 0; files may hold 0 volume bars only).</param>
    public static string? Problem(in Candle candle, bool requirePositive = true)
    {
        var (open, high, low, close, volume) = (candle.Open, candle.High, candle.Low, candle.Close, candle.Volume);
        if (requirePositive && (open <= 0 || high <= 0 || low <= 0 || close <= 0))
        {
            return $"a price is not positive (open {open}, high {high}, low {low}, close {close})";
        }

        if (open < 0 || high < 0 || low < 0 || close < 0)
        {
            return $"a price is negative (open {open}, high {high}, low {low}, close {close})";
        }

        if (volume < 0)
        {
            return $"volume {volume} is negative";
        }

        if (high < Math.Max(Math.Max(open, close), low))
        {
            return $"high {high} is below open {open}, close {close} or low {low}";
        }

        return low > Math.Min(open, close) ? $"low {low} is above open {open} or close {close}" : null;
    }
}
