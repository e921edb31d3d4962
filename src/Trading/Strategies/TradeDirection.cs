namespace FractalTrader.Trading.Strategies;

/// <summary>Side of a trade; the value is the original's direction (1 long, -1 short).</summary>
public enum TradeDirection
{
    /// <summary>Buy to open, profit when price rises.</summary>
    Long = 1,

    /// <summary>Sell to open, profit when price falls.</summary>
    Short = -1,
}
