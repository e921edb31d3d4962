namespace FractalTrader.Exchange.Orders;

/// <summary>How long a limit order may rest.</summary>
public enum TimeInForce
{
    /// <summary>Rests until filled or cancelled (Hyperliquid <c>Gtc</c>).</summary>
    GoodTilCancel = 0,

    /// <summary>Fills what it can at once, the rest is cancelled (<c>Ioc</c>).</summary>
    ImmediateOrCancel = 1,

    /// <summary>Only adds liquidity; rejected if it would match at once (<c>Alo</c>).</summary>
    PostOnly = 2,
}
