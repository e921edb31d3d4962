namespace FractalTrader.Exchange.Orders;

/// <summary>An order as the venue reports it. Immutable.</summary>
/// <param name="OrderId">The venue's order id.</param>
/// <param name="ClientOrderId">The client order id it was placed with, if any.</param>
/// <param name="Symbol">Coin.</param>
/// <param name="Side">Buy or sell.</param>
/// <param name="Kind">Limit, stop-market or take-profit (market orders never rest).</param>
/// <param name="LimitPrice">Limit price.</param>
/// <param name="RemainingSize">Size still open.</param>
/// <param name="OriginalSize">Size when placed.</param>
/// <param name="TriggerPrice">Trigger of stop/take-profit orders.</param>
/// <param name="ReduceOnly">Reduce-only flag.</param>
/// <param name="PlacedAt">When the venue accepted it.</param>
public sealed record VenueOrder(
    long OrderId,
    ClientOrderId? ClientOrderId,
    string Symbol,
    OrderSide Side,
    OrderKind Kind,
    decimal LimitPrice,
    decimal RemainingSize,
    decimal OriginalSize,
    decimal? TriggerPrice,
    bool ReduceOnly,
    DateTimeOffset PlacedAt);
