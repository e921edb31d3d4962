namespace FractalTrader.Messages.Orders;

/// <summary>What an order does at the venue.</summary>
public enum OrderType
{
    /// <summary>Takes liquidity now (an IOC limit bounded by slippage).</summary>
    Market = 0,

    /// <summary>Rests at its limit price.</summary>
    Limit = 1,

    /// <summary>Market order once the price moves through the trigger against the position.</summary>
    StopMarket = 2,

    /// <summary>Market order once the price moves through the trigger in the position's favour.</summary>
    TakeProfit = 3,
}
