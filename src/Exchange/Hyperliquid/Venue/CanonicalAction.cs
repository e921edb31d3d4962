using System.Text.Json;
using System.Text.Json.Nodes;
using FractalTrader.Exchange.Orders;

namespace FractalTrader.Exchange.Hyperliquid.Venue;

/// <summary>
/// An exchange action as the venue parsed it, re-serialized in Hyperliquid's canonical field order
/// (<see cref="Json"/>) the way the real server does before recovering the signer: unknown keys
/// are dropped, optional keys kept only when present. Immutable.
/// </summary>
internal sealed record CanonicalAction(
    string Type,
    JsonObject Json,
    IReadOnlyList<JsonObject> Orders,
    IReadOnlyList<(JsonNode Target, JsonObject Order)> Modifies,
    IReadOnlyList<(long? OrderId, ClientOrderId? ClientOrderId)> Cancels,
    long? ScheduleTime)
{
    /// <summary>Orders or cancels in the batch (for the request weight).</summary>
    public int BatchLength => Math.Max(Orders.Count, Math.Max(Modifies.Count, Cancels.Count));

    /// <summary>Whether the action places, modifies or cancels orders (fault injection applies).</summary>
    public bool ChangesOrders => Type is "order" or "batchModify" or "modify" or "cancel" or "cancelByCloid";

    /// <summary>Parses an action and re-serializes it canonically.</summary>
    /// <exception cref="FormatException">Not an action the venue understands.</exception>
    public static CanonicalAction Parse(JsonNode? node)
    {
        var action = node as JsonObject ?? throw new FormatException("action is not an object");
        var type = action["type"]?.GetValue<string>() ?? throw new FormatException("action has no type");
        return type switch
        {
            "order" => ParseOrder(type, action),
            "batchModify" => ParseBatchModify(type, action),
            "modify" => ParseModify(type, action),
            "cancel" => ParseCancel(type, action),
            "cancelByCloid" => ParseCancelByCloid(type, action),
            "scheduleCancel" => ParseScheduleCancel(type, action),
            "updateLeverage" => new CanonicalAction(type, new JsonObject
            {
                ["type"] = type,
                ["asset"] = action["asset"]!.GetValue<int>(),
                ["isCross"] = action["isCross"]!.GetValue<bool>(),
                ["leverage"] = action["leverage"]!.GetValue<int>(),
            }, [], [], [], null),
            "noop" => new CanonicalAction(type, new JsonObject { ["type"] = type }, [], [], [], null),
            _ => throw new FormatException($"unsupported action type '{type}'"),
        };
    }

    private static CanonicalAction ParseOrder(string type, JsonObject action)
    {
        var orders = action["orders"]!.AsArray().Select(o => OrderWireOf(o!.AsObject())).ToList();
        var json = new JsonObject { ["type"] = type, ["orders"] = new JsonArray([.. orders.Select(o => (JsonNode)o.DeepClone())]), ["grouping"] = action["grouping"]!.DeepClone() };
        if (action["builder"] is JsonObject builder)
        {
            json["builder"] = new JsonObject { ["b"] = builder["b"]!.GetValue<string>(), ["f"] = builder["f"]!.GetValue<long>() };
        }

        return new CanonicalAction(type, json, orders, [], [], null);
    }

    private static CanonicalAction ParseBatchModify(string type, JsonObject action)
    {
        var modifies = action["modifies"]!.AsArray().Select(m => (Target: Oid(m!["oid"]!), Order: OrderWireOf(m["order"]!.AsObject()))).ToList();
        var json = new JsonObject
        {
            ["type"] = type,
            ["modifies"] = new JsonArray([.. modifies.Select(m => (JsonNode)new JsonObject { ["oid"] = m.Target.DeepClone(), ["order"] = m.Order.DeepClone() })]),
        };
        return new CanonicalAction(type, json, [], modifies, [], null);
    }

    private static CanonicalAction ParseModify(string type, JsonObject action)
    {
        var target = Oid(action["oid"]!);
        var order = OrderWireOf(action["order"]!.AsObject());
        var json = new JsonObject { ["type"] = type, ["oid"] = target.DeepClone(), ["order"] = order.DeepClone() };
        return new CanonicalAction(type, json, [], [(target, order)], [], null);
    }

    private static CanonicalAction ParseCancel(string type, JsonObject action)
    {
        var cancels = action["cancels"]!.AsArray().Select(c => (Asset: c!["a"]!.GetValue<int>(), Oid: c["o"]!.GetValue<long>())).ToList();
        var json = new JsonObject
        {
            ["type"] = type,
            ["cancels"] = new JsonArray([.. cancels.Select(c => (JsonNode)new JsonObject { ["a"] = c.Asset, ["o"] = c.Oid })]),
        };
        return new CanonicalAction(type, json, [], [], [.. cancels.Select(c => ((long?)c.Oid, (ClientOrderId?)null))], null);
    }

    private static CanonicalAction ParseCancelByCloid(string type, JsonObject action)
    {
        var cancels = action["cancels"]!.AsArray().Select(c => (Asset: c!["asset"]!.GetValue<int>(), Cloid: c["cloid"]!.GetValue<string>())).ToList();
        var json = new JsonObject
        {
            ["type"] = type,
            ["cancels"] = new JsonArray([.. cancels.Select(c => (JsonNode)new JsonObject { ["asset"] = c.Asset, ["cloid"] = c.Cloid })]),
        };
        return new CanonicalAction(type, json, [], [], [.. cancels.Select(c => ((long?)null, (ClientOrderId?)ClientOrderId.Parse(c.Cloid)))], null);
    }

    private static CanonicalAction ParseScheduleCancel(string type, JsonObject action)
    {
        var json = new JsonObject { ["type"] = type };
        long? time = action["time"] is JsonNode t ? t.GetValue<long>() : null;
        if (time is { } ms)
        {
            json["time"] = ms;
        }

        return new CanonicalAction(type, json, [], [], [], time);
    }

    private static JsonNode Oid(JsonNode oid) =>
        oid.GetValueKind() == JsonValueKind.String ? JsonValue.Create(oid.GetValue<string>())! : JsonValue.Create(oid.GetValue<long>())!;

    private static JsonObject OrderWireOf(JsonObject wire)
    {
        var type = wire["t"]!.AsObject();
        JsonObject canonicalType;
        if (type["trigger"] is JsonObject trigger)
        {
            canonicalType = new JsonObject
            {
                ["trigger"] = new JsonObject
                {
                    ["isMarket"] = trigger["isMarket"]!.GetValue<bool>(),
                    ["triggerPx"] = trigger["triggerPx"]!.GetValue<string>(),
                    ["tpsl"] = trigger["tpsl"]!.GetValue<string>(),
                },
            };
        }
        else
        {
            canonicalType = new JsonObject { ["limit"] = new JsonObject { ["tif"] = type["limit"]!["tif"]!.GetValue<string>() } };
        }

        var canonical = new JsonObject
        {
            ["a"] = wire["a"]!.GetValue<int>(),
            ["b"] = wire["b"]!.GetValue<bool>(),
            ["p"] = wire["p"]!.GetValue<string>(),
            ["s"] = wire["s"]!.GetValue<string>(),
            ["r"] = wire["r"]!.GetValue<bool>(),
            ["t"] = canonicalType,
        };
        if (wire["c"] is JsonNode c)
        {
            canonical["c"] = c.GetValue<string>();
        }

        return canonical;
    }
}
