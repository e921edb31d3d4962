namespace FractalTrader.Exchange.Orders;

/// <summary>What an order does when it reaches the venue.</summary>
public enum OrderKind
{
    /// <summary>Rests at its limit price (or takes liquidity up to it).</summary>
    Limit = 0,

    /// <summary>Takes liquidity now; on Hyperliquid an IOC limit at a slippage-bounded price.</summary>
    Market = 1,

    /// <summary>Becomes a market order when the price moves through the trigger against the position (stop loss).</summary>
    StopMarket = 2,

    /// <summary>Becomes a market order when the price moves through the trigger in the position's favour.</summary>
    TakeProfit = 3,
}
