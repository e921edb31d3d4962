namespace FractalTrader.Messages;

/// <summary>Buy or sell, as an order or a fill has it.</summary>
public enum Side
{
    /// <summary>Buy.</summary>
    Buy = 0,

    /// <summary>Sell.</summary>
    Sell = 1,
}
