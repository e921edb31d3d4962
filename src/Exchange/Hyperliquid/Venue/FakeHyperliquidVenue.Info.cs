using System.Text.Json;
using System.Text.Json.Nodes;
using FractalTrader.Exchange.Orders;
using FractalTrader.Trading.MarketData;
using Microsoft.AspNetCore.Http;

namespace FractalTrader.Exchange.Hyperliquid.Venue;

/// <content>POST /info.</content>
public sealed partial class FakeHyperliquidVenue
{
    private const int MaxCandles = 5000;

    private async Task HandleInfoAsync(HttpContext context)
    {
        var body = await ReadBodyAsync(context) as JsonObject;
        var type = body?["type"] is JsonValue t && t.GetValueKind() == JsonValueKind.String ? t.GetValue<string>() : null;
        if (body is null || type is null)
        {
            await WriteTextAsync(context, StatusCodes.Status422UnprocessableEntity, DeserializeFailure);
            return;
        }

        if (!await AdmitAsync(context, RequestWeights.Info(type)))
        {
            return;
        }

        JsonNode? answer;
        try
        {
            answer = Info(type, body);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException or KeyNotFoundException)
        {
            await WriteTextAsync(context, StatusCodes.Status422UnprocessableEntity, DeserializeFailure);
            return;
        }

        if (answer is null)
        {
            await WriteTextAsync(context, StatusCodes.Status422UnprocessableEntity, DeserializeFailure);
            return;
        }

        if (answer is JsonArray items)
        {
            Traffic.Charge(Now, RequestWeights.InfoItems(type, items.Count));
        }

        await WriteJsonAsync(context, answer);
    }

    private JsonNode? Info(string type, JsonObject body) => type switch
    {
        "meta" => Meta(),
        "spotMeta" => SpotMeta(),
        "metaAndAssetCtxs" => new JsonArray(Meta(), AssetContexts()),
        "allMids" => new JsonObject([.. Venue.Mids().Select(m => KeyValuePair.Create(m.Key, (JsonNode?)HyperliquidJson.Number(m.Value)))]),
        "l2Book" => Book(body["coin"]!.GetValue<string>()),
        "candleSnapshot" => CandleSnapshot(body["req"]!.AsObject()),
        "clearinghouseState" => ClearinghouseState(User(body)),
        "openOrders" or "frontendOpenOrders" => OpenOrders(User(body)),
        "userFills" => Fills(User(body), DateTimeOffset.MinValue, DateTimeOffset.MaxValue, newestFirst: true, limit: 2000),
        "userFillsByTime" => Fills(
            User(body),
            HyperliquidJson.Time(body["startTime"]!.GetValue<long>()),
            body["endTime"] is JsonNode end ? HyperliquidJson.Time(end.GetValue<long>()) : DateTimeOffset.MaxValue,
            newestFirst: false,
            limit: 2000),
        "orderStatus" => OrderStatus(User(body), body["oid"]!),
        _ => null,
    };

    private static string User(JsonObject body) => body["user"]!.GetValue<string>().ToLowerInvariant();

    private JsonObject Meta() => new()
    {
        ["universe"] = new JsonArray([.. Venue.Instruments.Where(i => !i.IsSpot).Select(i => (JsonNode)new JsonObject
        {
            ["name"] = i.Symbol,
            ["szDecimals"] = i.SzDecimals,
            ["maxLeverage"] = i.MaxLeverage,
        })]),
    };

    private JsonObject SpotMeta()
    {
        var spot = Venue.Instruments.Where(i => i.IsSpot).ToList();
        var tokens = new JsonArray(new JsonObject { ["name"] = "USDC", ["szDecimals"] = 8, ["weiDecimals"] = 8, ["index"] = 0 });
        var universe = new JsonArray();
        for (var i = 0; i < spot.Count; i++)
        {
            var baseName = spot[i].Symbol.Contains('/', StringComparison.Ordinal) ? spot[i].Symbol.Split('/')[0] : $"TOKEN{i + 1}";
            tokens.Add(new JsonObject { ["name"] = baseName, ["szDecimals"] = spot[i].SzDecimals, ["weiDecimals"] = 8, ["index"] = i + 1 });
            universe.Add(new JsonObject { ["name"] = spot[i].Symbol, ["tokens"] = new JsonArray(i + 1, 0), ["index"] = spot[i].AssetId - 10000, ["isCanonical"] = i == 0 });
        }

        return new JsonObject { ["universe"] = universe, ["tokens"] = tokens };
    }

    private JsonArray AssetContexts()
    {
        var mids = Venue.Mids();
        return new JsonArray([.. Venue.Instruments.Where(i => !i.IsSpot).Select(i =>
        {
            var mid = HyperliquidJson.Number(mids[i.Symbol]);
            return (JsonNode)new JsonObject
            {
                ["markPx"] = mid,
                ["midPx"] = mid,
                ["oraclePx"] = mid,
                ["funding"] = "0",
                ["openInterest"] = "0",
                ["prevDayPx"] = mid,
                ["dayNtlVlm"] = "0",
                ["premium"] = "0",
                ["impactPxs"] = null,
                ["dayBaseVlm"] = "0",
            };
        })]);
    }

    private JsonObject Book(string coin)
    {
        var top = Venue.TopOfBook(coin);
        return new JsonObject
        {
            ["coin"] = coin,
            ["time"] = HyperliquidJson.Millis(top.Time),
            ["levels"] = new JsonArray(
                new JsonArray(Level(top.BidPrice!.Value, top.BidSize)),
                new JsonArray(Level(top.AskPrice!.Value, top.AskSize))),
        };
    }

    private static JsonObject Level(decimal price, decimal size) =>
        new() { ["px"] = HyperliquidJson.Number(price), ["sz"] = HyperliquidJson.Number(size), ["n"] = 1 };

    private JsonArray CandleSnapshot(JsonObject request)
    {
        var coin = request["coin"]!.GetValue<string>();
        var timeframe = Timeframe.Parse(request["interval"]!.GetValue<string>());
        var from = HyperliquidJson.Time(request["startTime"]!.GetValue<long>());
        var to = request["endTime"] is JsonNode end ? HyperliquidJson.Time(end.GetValue<long>()) : Now;
        var bars = Venue.Candles(coin, timeframe, from, to.AddMilliseconds(1));
        // A page is the first 5000 bars from startTime, so a client pages forward from the last bar
        // it got; serving the latest 5000 instead would silently drop the start of a longer range.
        return new JsonArray([.. bars.Take(MaxCandles).Select(b => (JsonNode)HyperliquidJson.Candle(coin, timeframe, b))]);
    }

    private JsonObject ClearinghouseState(string user)
    {
        var positions = Venue.HasAccount(user) ? Venue.Positions(user) : [];
        var summary = Venue.HasAccount(user) ? Venue.Account(user) : new Accounts.AccountSummary(0, 0, 0, 0);
        JsonObject Summary() => new()
        {
            ["accountValue"] = HyperliquidJson.Number(summary.Equity),
            ["totalMarginUsed"] = HyperliquidJson.Number(summary.MarginUsed),
            ["totalNtlPos"] = HyperliquidJson.Number(summary.TotalNotional),
            ["totalRawUsd"] = HyperliquidJson.Number(summary.Equity),
        };
        return new JsonObject
        {
            ["assetPositions"] = new JsonArray([.. positions.Select(p => (JsonNode)new JsonObject
            {
                ["type"] = "oneWay",
                ["position"] = new JsonObject
                {
                    ["coin"] = p.Symbol,
                    ["szi"] = HyperliquidJson.Number(p.SignedSize),
                    ["entryPx"] = HyperliquidJson.Number(p.EntryPrice),
                    ["leverage"] = new JsonObject { ["type"] = "cross", ["value"] = p.Leverage },
                    ["liquidationPx"] = null,
                    ["marginUsed"] = HyperliquidJson.Number(p.MarginUsed),
                    ["maxLeverage"] = Venue.FindInstrument(p.Symbol)?.MaxLeverage ?? p.Leverage,
                    ["positionValue"] = HyperliquidJson.Number(p.Size * (p.EntryPrice + (p.UnrealizedPnl / p.SignedSize))),
                    ["returnOnEquity"] = "0",
                    ["unrealizedPnl"] = HyperliquidJson.Number(p.UnrealizedPnl),
                    ["cumFunding"] = new JsonObject { ["allTime"] = "0", ["sinceOpen"] = "0", ["sinceChange"] = "0" },
                },
            })]),
            ["marginSummary"] = Summary(),
            ["crossMarginSummary"] = Summary(),
            ["crossMaintenanceMarginUsed"] = HyperliquidJson.Number(summary.MarginUsed / 2),
            ["withdrawable"] = HyperliquidJson.Number(summary.Withdrawable),
            ["time"] = HyperliquidJson.Millis(Now),
        };
    }

    private JsonArray OpenOrders(string user) =>
        Venue.HasAccount(user) ? new JsonArray([.. Venue.OpenOrders(user).Select(o => (JsonNode)HyperliquidJson.Order(o))]) : [];

    private JsonArray Fills(string user, DateTimeOffset from, DateTimeOffset to, bool newestFirst, int limit)
    {
        if (!Venue.HasAccount(user))
        {
            return [];
        }

        var fills = Venue.Fills(user, from).Where(f => f.Time <= to);
        fills = newestFirst ? fills.Reverse().Take(limit) : fills.Take(limit);
        return new JsonArray([.. fills.Select(f => (JsonNode)HyperliquidJson.Fill(f))]);
    }

    private JsonObject OrderStatus(string user, JsonNode oid)
    {
        OrderStatusReport? report = null;
        if (Venue.HasAccount(user))
        {
            report = oid.GetValueKind() == JsonValueKind.String
                ? Venue.OrderStatus(user, ClientOrderId.Parse(oid.GetValue<string>()))
                : Venue.OrderStatus(user, oid.GetValue<long>());
        }

        return report is null ? new JsonObject { ["status"] = "unknownOid" } : HyperliquidJson.OrderStatus(report);
    }
}
