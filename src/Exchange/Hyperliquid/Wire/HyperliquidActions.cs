using System.Text.Json.Nodes;
using FractalTrader.Exchange.Orders;

namespace FractalTrader.Exchange.Hyperliquid.Wire;

/// <summary>The L1 actions the client sends, with the SDK's key orders (spec §4.1). Stateless.</summary>
public static class HyperliquidActions
{
    /// <summary><c>{"type":"order","orders":[…],"grouping":"na"}</c>.</summary>
    public static JsonObject Order(IEnumerable<JsonObject> wires, string grouping = "na") => new()
    {
        ["type"] = "order",
        ["orders"] = new JsonArray([.. wires]),
        ["grouping"] = grouping,
    };

    /// <summary><c>{"type":"cancel","cancels":[{"a","o"}]}</c>.</summary>
    public static JsonObject Cancel(int asset, long orderId) => new()
    {
        ["type"] = "cancel",
        ["cancels"] = new JsonArray(new JsonObject { ["a"] = asset, ["o"] = orderId }),
    };

    /// <summary><c>{"type":"cancelByCloid","cancels":[{"asset","cloid"}]}</c>.</summary>
    public static JsonObject CancelByCloid(int asset, ClientOrderId clientOrderId) => new()
    {
        ["type"] = "cancelByCloid",
        ["cancels"] = new JsonArray(new JsonObject { ["asset"] = asset, ["cloid"] = clientOrderId.ToString() }),
    };

    /// <summary><c>{"type":"batchModify","modifies":[{"oid","order"}]}</c> (the SDK's modify).</summary>
    public static JsonObject BatchModify(long orderId, JsonObject wire) => new()
    {
        ["type"] = "batchModify",
        ["modifies"] = new JsonArray(new JsonObject { ["oid"] = orderId, ["order"] = wire }),
    };

    /// <summary><c>{"type":"scheduleCancel"}</c>, with <c>"time"</c> appended when arming.</summary>
    public static JsonObject ScheduleCancel(long? timeMs)
    {
        var action = new JsonObject { ["type"] = "scheduleCancel" };
        if (timeMs is { } time)
        {
            action["time"] = time;
        }

        return action;
    }
}
