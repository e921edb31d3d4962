using System.Text.Json.Nodes;
using FractalTrader.Exchange.Orders;

namespace FractalTrader.Exchange.Hyperliquid.Wire;

/// <summary>
/// Builds order wires with the SDK's key order (spec §4.1): <c>a, b, p, s, r, t</c> and <c>c</c>
/// only when a cloid is given; trigger types as <c>isMarket, triggerPx, tpsl</c>. Stateless.
/// </summary>
public static class OrderWire
{
    /// <summary><c>{"limit":{"tif":…}}</c>.</summary>
    public static JsonObject LimitType(TimeInForce timeInForce) => new()
    {
        ["limit"] = new JsonObject { ["tif"] = TifText(timeInForce) },
    };

    /// <summary><c>{"trigger":{"isMarket","triggerPx","tpsl"}}</c>, in that order.</summary>
    public static JsonObject TriggerType(bool isMarket, decimal triggerPrice, bool isTakeProfit) => new()
    {
        ["trigger"] = new JsonObject
        {
            ["isMarket"] = isMarket,
            ["triggerPx"] = WireNumber.Format(triggerPrice),
            ["tpsl"] = isTakeProfit ? "tp" : "sl",
        },
    };

    /// <summary>One order wire.</summary>
    public static JsonObject Build(int asset, bool isBuy, decimal price, decimal size, bool reduceOnly, JsonObject orderType, ClientOrderId? clientOrderId)
    {
        var wire = new JsonObject
        {
            ["a"] = asset,
            ["b"] = isBuy,
            ["p"] = WireNumber.Format(price),
            ["s"] = WireNumber.Format(size),
            ["r"] = reduceOnly,
            ["t"] = orderType,
        };
        if (clientOrderId is { } cloid)
        {
            wire["c"] = cloid.ToString();
        }

        return wire;
    }

    /// <summary>
    /// The wire of a domain order. <paramref name="price"/> is the limit price to send: the order's
    /// own for limits, a slippage-bounded price for market and trigger orders.
    /// </summary>
    public static JsonObject FromRequest(OrderRequest order, int asset, decimal price)
    {
        ArgumentNullException.ThrowIfNull(order);
        var type = order.Kind switch
        {
            OrderKind.Limit => LimitType(order.TimeInForce),
            OrderKind.Market => LimitType(TimeInForce.ImmediateOrCancel),
            OrderKind.StopMarket => TriggerType(isMarket: true, order.TriggerPrice!.Value, isTakeProfit: false),
            _ => TriggerType(isMarket: true, order.TriggerPrice!.Value, isTakeProfit: true),
        };
        return Build(asset, order.Side == OrderSide.Buy, price, order.Size, order.ReduceOnly, type, order.ClientOrderId);
    }

    /// <summary>Hyperliquid's spelling of a time in force.</summary>
    public static string TifText(TimeInForce timeInForce) => timeInForce switch
    {
        TimeInForce.ImmediateOrCancel => "Ioc",
        TimeInForce.PostOnly => "Alo",
        _ => "Gtc",
    };
}
