namespace FractalTrader.Exchange.Orders;

/// <summary>
/// An order to place. Prices and sizes are decimal and must already respect the instrument's
/// rounding (<see cref="Instruments.OrderRounding"/>); venues reject what does not. Immutable.
/// </summary>
/// <param name="Symbol">Coin, e.g. <c>BTC</c>.</param>
/// <param name="Side">Buy or sell.</param>
/// <param name="Kind">Limit, market, stop-market or take-profit.</param>
/// <param name="Size">Size in base units, positive.</param>
/// <param name="ClientOrderId">Idempotency key; every order carries one.</param>
/// <param name="LimitPrice">Limit price (limit orders); for market and trigger orders the worst
/// acceptable price, or null to let the venue apply its slippage bound.</param>
/// <param name="TriggerPrice">Trigger price of stop-market and take-profit orders.</param>
/// <param name="TimeInForce">For limit orders.</param>
/// <param name="ReduceOnly">Only reduces an existing position; never opens or flips one.</param>
public sealed record OrderRequest(
    string Symbol,
    OrderSide Side,
    OrderKind Kind,
    decimal Size,
    ClientOrderId ClientOrderId,
    decimal? LimitPrice = null,
    decimal? TriggerPrice = null,
    TimeInForce TimeInForce = TimeInForce.GoodTilCancel,
    bool ReduceOnly = false)
{
    /// <summary>Checks the shape of the request (not the venue's rules).</summary>
    /// <exception cref="ArgumentException">A field is inconsistent; the message names it.</exception>
    public static void Validate(OrderRequest order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var (symbol, size, kind, limitPrice, triggerPrice) = (order.Symbol, order.Size, order.Kind, order.LimitPrice, order.TriggerPrice);
        if (string.IsNullOrWhiteSpace(symbol))
        {
            throw new ArgumentException("Order symbol is empty.", nameof(order));
        }

        if (size <= 0)
        {
            throw new ArgumentException($"Order size {size} for {symbol} must be positive.", nameof(order));
        }

        if (kind == OrderKind.Limit && limitPrice is null)
        {
            throw new ArgumentException($"A limit order for {symbol} needs a limit price.", nameof(order));
        }

        if (limitPrice is <= 0)
        {
            throw new ArgumentException($"Limit price {limitPrice} for {symbol} must be positive.", nameof(order));
        }

        if (kind is OrderKind.StopMarket or OrderKind.TakeProfit && triggerPrice is not > 0)
        {
            throw new ArgumentException($"A {kind} order for {symbol} needs a positive trigger price.", nameof(order));
        }
    }
}
