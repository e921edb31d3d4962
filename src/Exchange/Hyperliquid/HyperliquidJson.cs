using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FractalTrader.Exchange.Accounts;
using FractalTrader.Exchange.Errors;
using FractalTrader.Exchange.Orders;
using FractalTrader.Trading.MarketData;

namespace FractalTrader.Exchange.Hyperliquid;

/// <summary>
/// Hyperliquid's JSON shapes for fills, orders, order statuses and candles (spec §7, §8), in both
/// directions: the fake venue writes them, the client reads them, so the format lives here once.
/// Numbers travel as strings and are read with a decimal parser. Stateless.
/// </summary>
public static class HyperliquidJson
{
    /// <summary>A decimal as Hyperliquid prints it: plain, no trailing zeros.</summary>
    public static string Number(decimal value) => Instruments.OrderRounding.Normalize(value).ToString(CultureInfo.InvariantCulture);

    /// <summary>Milliseconds since the Unix epoch.</summary>
    public static long Millis(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    /// <summary>A time from milliseconds since the Unix epoch.</summary>
    public static DateTimeOffset Time(long millis) => DateTimeOffset.FromUnixTimeMilliseconds(millis);

    /// <summary>"B" for buy, "A" for sell.</summary>
    public static string Side(OrderSide side) => side == OrderSide.Buy ? "B" : "A";

    /// <summary>A fill object of <c>userFills</c>.</summary>
    public static JsonObject Fill(Fill fill, string coinOverride = "")
    {
        ArgumentNullException.ThrowIfNull(fill);
        var json = new JsonObject
        {
            ["coin"] = coinOverride.Length > 0 ? coinOverride : fill.Symbol,
            ["px"] = Number(fill.Price),
            ["sz"] = Number(fill.Size),
            ["side"] = Side(fill.Side),
            ["time"] = Millis(fill.Time),
            ["startPosition"] = Number(fill.StartPosition),
            ["dir"] = fill.DirectionText,
            ["closedPnl"] = Number(fill.ClosedPnl),
            ["hash"] = "0x" + fill.TradeId.ToString("x64", CultureInfo.InvariantCulture),
            ["oid"] = fill.OrderId,
            ["crossed"] = fill.IsTaker,
            ["fee"] = Number(fill.Fee),
            ["tid"] = fill.TradeId,
            ["feeToken"] = "USDC",
        };
        if (fill.ClientOrderId is { } cloid)
        {
            json["cloid"] = cloid.ToString();
        }

        return json;
    }

    /// <summary>Reads a fill object.</summary>
    public static Fill ReadFill(JsonNode node)
    {
        var o = Object(node, "fill");
        return new Fill(
            Long(o, "tid"),
            Long(o, "oid"),
            o["cloid"] is JsonNode c && ClientOrderId.TryParse(c.GetValue<string>(), out var cloid) ? cloid : null,
            String(o, "coin"),
            ReadSide(String(o, "side")),
            Decimal(o, "px"),
            Decimal(o, "sz"),
            Decimal(o, "fee"),
            Decimal(o, "closedPnl"),
            Decimal(o, "startPosition"),
            o["crossed"]?.GetValue<bool>() ?? false,
            Time(Long(o, "time")));
    }

    /// <summary>An order in the <c>frontendOpenOrders</c> / <c>orderStatus</c> shape.</summary>
    public static JsonObject Order(VenueOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var json = new JsonObject
        {
            ["coin"] = order.Symbol,
            ["side"] = Side(order.Side),
            ["limitPx"] = Number(order.LimitPrice),
            ["sz"] = Number(order.RemainingSize),
            ["oid"] = order.OrderId,
            ["timestamp"] = Millis(order.PlacedAt),
            ["origSz"] = Number(order.OriginalSize),
            ["isTrigger"] = order.TriggerPrice is not null,
            ["triggerPx"] = Number(order.TriggerPrice ?? 0),
            ["reduceOnly"] = order.ReduceOnly,
            ["orderType"] = order.Kind switch
            {
                OrderKind.StopMarket => "Stop Market",
                OrderKind.TakeProfit => "Take Profit Market",
                OrderKind.Market => "Market",
                _ => "Limit",
            },
        };
        if (order.ClientOrderId is { } cloid)
        {
            json["cloid"] = cloid.ToString();
        }

        return json;
    }

    /// <summary>Reads an order object.</summary>
    public static VenueOrder ReadOrder(JsonNode node)
    {
        var o = Object(node, "order");
        var kind = o["orderType"]?.GetValue<string>() switch
        {
            "Stop Market" => OrderKind.StopMarket,
            "Take Profit Market" => OrderKind.TakeProfit,
            _ => OrderKind.Limit,
        };
        var isTrigger = o["isTrigger"]?.GetValue<bool>() ?? false;
        var size = Decimal(o, "sz");
        return new VenueOrder(
            Long(o, "oid"),
            o["cloid"] is JsonNode c && ClientOrderId.TryParse(c.GetValue<string>(), out var cloid) ? cloid : null,
            String(o, "coin"),
            ReadSide(String(o, "side")),
            kind,
            Decimal(o, "limitPx"),
            size,
            o["origSz"] is not null ? Decimal(o, "origSz") : size,
            isTrigger ? Decimal(o, "triggerPx") : null,
            o["reduceOnly"]?.GetValue<bool>() ?? false,
            Time(Long(o, "timestamp")));
    }

    /// <summary>The <c>orderStatus</c> answer for a known order.</summary>
    public static JsonObject OrderStatus(OrderStatusReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new JsonObject
        {
            ["status"] = "order",
            ["order"] = new JsonObject
            {
                ["order"] = Order(report.Order),
                ["status"] = report.VenueStatus,
                ["statusTimestamp"] = Millis(report.StatusTime),
            },
        };
    }

    /// <summary>Reads an <c>orderStatus</c> answer; null for <c>unknownOid</c>.</summary>
    public static OrderStatusReport? ReadOrderStatus(JsonNode node)
    {
        var o = Object(node, "orderStatus");
        if (!string.Equals(String(o, "status"), "order", StringComparison.Ordinal))
        {
            return null;
        }

        var inner = Object(o["order"], "orderStatus.order");
        var status = String(inner, "status");
        return new OrderStatusReport(ReadOrder(inner["order"]!), HyperliquidErrorText.StateOf(status), status, Time(Long(inner, "statusTimestamp")));
    }

    /// <summary>A candle object <c>{t,T,s,i,o,c,h,l,v,n}</c>.</summary>
    public static JsonObject Candle(string symbol, Timeframe timeframe, Candle bar) => new()
    {
        ["t"] = Millis(bar.OpenTime),
        ["T"] = Millis(bar.OpenTime + timeframe.Duration) - 1,
        ["s"] = symbol,
        ["i"] = timeframe.Name,
        ["o"] = Number(bar.Open),
        ["c"] = Number(bar.Close),
        ["h"] = Number(bar.High),
        ["l"] = Number(bar.Low),
        ["v"] = Number(bar.Volume),
        ["n"] = 0,
    };

    /// <summary>Reads a candle object.</summary>
    public static Candle ReadCandle(JsonNode node)
    {
        var o = Object(node, "candle");
        return new Candle(Time(Long(o, "t")), Decimal(o, "o"), Decimal(o, "h"), Decimal(o, "l"), Decimal(o, "c"), Decimal(o, "v"));
    }

    /// <summary>The object at <paramref name="node"/>, or a malformed-response error naming <paramref name="what"/>.</summary>
    public static JsonObject Object(JsonNode? node, string what) =>
        node as JsonObject ?? throw Malformed($"{what} is not an object");

    /// <summary>A required string field.</summary>
    public static string String(JsonObject o, string field) =>
        o[field] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : throw Malformed($"field '{field}' is missing or not a string");

    /// <summary>A required integer field.</summary>
    public static long Long(JsonObject o, string field) =>
        o[field] is JsonValue v && v.TryGetValue<long>(out var n) ? n : throw Malformed($"field '{field}' is missing or not an integer");

    /// <summary>A required decimal field (a numeric string or a JSON number).</summary>
    public static decimal Decimal(JsonObject o, string field) => o[field] switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String
            && decimal.TryParse(v.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        JsonValue v when v.TryGetValue<decimal>(out var d) => d,
        _ => throw Malformed($"field '{field}' is missing or not a number"),
    };

    private static OrderSide ReadSide(string side) => side switch
    {
        "B" => OrderSide.Buy,
        "A" => OrderSide.Sell,
        _ => throw Malformed($"side '{side}' is neither B nor A"),
    };

    private static FatalExchangeException Malformed(string what) =>
        new("hyperliquid", "parse", FatalCause.MalformedResponse, $"malformed response: {what}");
}
