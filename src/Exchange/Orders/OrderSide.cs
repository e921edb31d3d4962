namespace FractalTrader.Exchange.Orders;

/// <summary>Buy or sell.</summary>
public enum OrderSide
{
    /// <summary>Buy (Hyperliquid <c>b: true</c>, side "B").</summary>
    Buy = 0,

    /// <summary>Sell (Hyperliquid <c>b: false</c>, side "A").</summary>
    Sell = 1,
}
