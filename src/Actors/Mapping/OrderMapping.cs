using FractalTrader.Exchange.Orders;
using FractalTrader.Messages;
using FractalTrader.Messages.Orders;

namespace FractalTrader.Actors.Mapping;

/// <summary>Between the messages' order vocabulary and the exchange's. Stateless.</summary>
public static class OrderMapping
{
    /// <summary>The exchange side.</summary>
    public static OrderSide ToExchange(this Side side) => side == Side.Buy ? OrderSide.Buy : OrderSide.Sell;

    /// <summary>The message side.</summary>
    public static Side ToMessage(this OrderSide side) => side == OrderSide.Buy ? Side.Buy : Side.Sell;

    /// <summary>The exchange order kind.</summary>
    public static OrderKind ToExchange(this OrderType type) => type switch
    {
        OrderType.Limit => OrderKind.Limit,
        OrderType.StopMarket => OrderKind.StopMarket,
        OrderType.TakeProfit => OrderKind.TakeProfit,
        _ => OrderKind.Market,
    };

    /// <summary>The router's status of a venue order state.</summary>
    public static OrderStatus ToMessage(this OrderState state) => state switch
    {
        OrderState.Open => OrderStatus.Open,
        OrderState.Filled => OrderStatus.Filled,
        OrderState.Canceled => OrderStatus.Canceled,
        OrderState.Triggered => OrderStatus.Triggered,
        _ => OrderStatus.Rejected,
    };

    /// <summary>The side that opens a position in <paramref name="direction"/>.</summary>
    public static Side Opening(this Direction direction) => direction == Direction.Long ? Side.Buy : Side.Sell;

    /// <summary>The side that closes a position in <paramref name="direction"/>.</summary>
    public static Side Closing(this Direction direction) => direction == Direction.Long ? Side.Sell : Side.Buy;
}
