namespace FractalTrader.Exchange.Errors;

/// <summary>Why the venue refused an order, mapped from its own error text (never guessed from keywords).</summary>
public enum RejectReason
{
    /// <summary>A rejection text we do not know; see the venue message.</summary>
    Unknown = 0,

    /// <summary>Price not on the tick grid (Hyperliquid "Tick").</summary>
    InvalidPrice = 1,

    /// <summary>Size not on the lot grid, zero or negative.</summary>
    InvalidSize = 2,

    /// <summary>Below the minimum order value ("MinTradeNtl").</summary>
    BelowMinimumValue = 3,

    /// <summary>Not enough margin ("PerpMargin").</summary>
    InsufficientMargin = 4,

    /// <summary>A reduce-only order would increase the position ("ReduceOnly").</summary>
    ReduceOnlyWouldIncrease = 5,

    /// <summary>A post-only order would have matched ("BadAloPx").</summary>
    PostOnlyWouldMatch = 6,

    /// <summary>An IOC order found nothing to match ("IocCancel").</summary>
    ImmediateOrCancelUnfilled = 7,

    /// <summary>Invalid TP/SL trigger price ("BadTriggerPx").</summary>
    InvalidTriggerPrice = 8,

    /// <summary>No liquidity for a market order ("MarketOrderNoLiquidity").</summary>
    NoLiquidity = 9,

    /// <summary>Open interest is capped.</summary>
    OpenInterestCap = 10,

    /// <summary>Cancel or modify of an order that was never placed, already cancelled or filled.</summary>
    OrderNotFound = 11,

    /// <summary>The symbol is not traded on this venue.</summary>
    UnknownSymbol = 12,

    /// <summary>The action's expiresAfter time had passed when the venue saw it.</summary>
    Expired = 13,
}
