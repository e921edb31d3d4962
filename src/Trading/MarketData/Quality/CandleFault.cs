namespace FractalTrader.Trading.MarketData.Quality;

/// <summary>Why the candle gate refused a bar.</summary>
public enum CandleFault
{
    /// <summary>Non-positive price, negative volume or contradictory OHLC.</summary>
    Inconsistent = 0,

    /// <summary>Opens before the last bar passed on.</summary>
    OutOfOrder = 1,

    /// <summary>Opens at the same time as the last bar passed on.</summary>
    Duplicate = 2,

    /// <summary>Bars are missing between the last one passed on and this one.</summary>
    Gap = 3,

    /// <summary>Its open time is not on the timeframe's grid.</summary>
    Misaligned = 4,
}
