using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FractalTrader.Exchange.Hyperliquid.Signing;
using FractalTrader.Exchange.Orders;
using FractalTrader.Exchange.Simulated;
using FractalTrader.Exchange.Simulated.Faults;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FractalTrader.Exchange.Hyperliquid.Venue;

/// <content>POST /exchange: canonical re-serialization, signer recovery, nonces, then the venue.</content>
public sealed partial class FakeHyperliquidVenue
{
    private const int NoncesKept = 100;
    private readonly Dictionary<string, SortedSet<ulong>> noncesBySigner = new(StringComparer.Ordinal);
    private readonly Lock nonceGate = new();

    private async Task HandleExchangeAsync(HttpContext context)
    {
        if (ParseRequest(await ReadBodyAsync(context) as JsonObject) is not var (action, nonce, signature, vault, expiresAfter))
        {
            await WriteTextAsync(context, StatusCodes.Status422UnprocessableEntity, DeserializeFailure);
            return;
        }

        if (!await AdmitAsync(context, RequestWeights.Exchange(action.BatchLength)))
        {
            return;
        }

        // Hyperliquid re-serializes what it parsed, in its own field order, and recovers the signer
        // from that: any difference from what the client hashed shows up as a different signer.
        var signer = L1ActionSigning.RecoverSigner(action.Json, nonce, vault, expiresAfter, options.Network, signature);
        // The signer itself must be a known account; a vault only redirects whose book is traded.
        var account = vault?.Text ?? signer?.Text;
        if (signer is null || account is null || !Venue.HasAccount(signer.Text) || !Venue.HasAccount(account))
        {
            Traffic.CountUnknownSigner();
            logger.LogWarning("Exchange action {Type} from unknown signer {Signer}", action.Type, signer?.Text ?? "(unrecoverable)");
            await WriteJsonAsync(context, Error(HyperliquidErrorText.UnknownWallet(signer?.Text ?? WalletAddress.Zero.Text)));
            return;
        }

        if (NonceError(signer, nonce) is { } nonceError)
        {
            await WriteJsonAsync(context, Error(nonceError));
            return;
        }

        if (expiresAfter is { } expiry && HyperliquidJson.Time((long)expiry) < Now)
        {
            await WriteJsonAsync(context, Error(HyperliquidErrorText.Expired));
            return;
        }

        var fault = action.ChangesOrders ? Venue.Faults.Next(FaultPoint.OrderAction) : null;
        if (fault == FaultKind.TimeoutBeforeSend)
        {
            // The request never reaches the matching engine; the client only sees a broken connection.
            context.Abort();
            return;
        }

        var response = Execute(account, action, fault == FaultKind.Reject);
        if (fault == FaultKind.TimeoutAfterSend)
        {
            context.Abort();
            return;
        }

        await WriteJsonAsync(context, response);
    }

    private static (CanonicalAction Action, ulong Nonce, EcdsaSignature Signature, WalletAddress? Vault, ulong? ExpiresAfter)? ParseRequest(JsonObject? body)
    {
        if (body is null)
        {
            return null;
        }

        try
        {
            var action = CanonicalAction.Parse(body["action"]);
            var nonce = body["nonce"]!.GetValue<ulong>();
            var signature = EcdsaSignature.FromJson(body["signature"]);
            var vault = body["vaultAddress"] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? WalletAddress.Parse(v.GetValue<string>()) : null;
            ulong? expiresAfter = body["expiresAfter"] is JsonValue e && e.GetValueKind() == JsonValueKind.Number ? e.GetValue<ulong>() : null;
            return (action, nonce, signature, vault, expiresAfter);
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or NullReferenceException or ArgumentException)
        {
            return null;
        }
    }

    private static JsonObject Error(string message) => new() { ["status"] = "err", ["response"] = message };

    private static JsonObject Ok(string type, JsonArray? statuses) => new()
    {
        ["status"] = "ok",
        ["response"] = statuses is null
            ? new JsonObject { ["type"] = type }
            : new JsonObject { ["type"] = type, ["data"] = new JsonObject { ["statuses"] = statuses } },
    };

    private string? NonceError(WalletAddress signer, ulong nonce)
    {
        var time = HyperliquidJson.Time((long)Math.Min(nonce, long.MaxValue));
        if (time <= Now - TimeSpan.FromDays(2) || time >= Now + TimeSpan.FromDays(1))
        {
            return $"{HyperliquidErrorText.InvalidNoncePrefix}: nonce {nonce} is outside the accepted window around block time.";
        }

        lock (nonceGate)
        {
            if (!noncesBySigner.TryGetValue(signer.Text, out var used))
            {
                noncesBySigner[signer.Text] = used = [];
            }

            if (used.Contains(nonce) || (used.Count >= NoncesKept && nonce <= used.Min))
            {
                return $"{HyperliquidErrorText.InvalidNoncePrefix}: duplicate or too old nonce {nonce}.";
            }

            used.Add(nonce);
            if (used.Count > NoncesKept)
            {
                used.Remove(used.Min);
            }
        }

        return null;
    }

    private JsonObject Execute(string account, CanonicalAction action, bool forceReject)
    {
        switch (action.Type)
        {
            case "order":
                return Ok("order", new JsonArray([.. action.Orders.Select(o => PlaceStatus(Venue.Place(account, ToRequest(o), forceReject)))]));
            case "batchModify":
            case "modify":
                return Ok("order", new JsonArray([.. action.Modifies.Select(m => PlaceStatus(ModifyOne(account, m.Target, ToRequest(m.Order), forceReject)))]));
            case "cancel":
                return Ok("cancel", new JsonArray([.. action.Cancels.Select(c => CancelStatus(Venue.Cancel(account, c.OrderId!.Value)))]));
            case "cancelByCloid":
                return Ok("cancel", new JsonArray([.. action.Cancels.Select(c => CancelStatus(Venue.Cancel(account, c.ClientOrderId!.Value)))]));
            case "scheduleCancel":
                var at = action.ScheduleTime is { } ms ? HyperliquidJson.Time(ms) : (DateTimeOffset?)null;
                if (at is { } when && when < Now + TimeSpan.FromSeconds(5))
                {
                    return Error("Scheduled cancel time must be at least 5 seconds in the future.");
                }

                Venue.ScheduleCancel(account, at);
                return Ok("default", null);
            default:
                return Ok("default", null);
        }
    }

    private PlaceOutcome ModifyOne(string account, JsonNode target, OrderRequest replacement, bool forceReject)
    {
        long? orderId = target.GetValueKind() == JsonValueKind.String
            ? Venue.OrderStatus(account, ClientOrderId.Parse(target.GetValue<string>()))?.Order.OrderId
            : target.GetValue<long>();
        return orderId is { } id && !forceReject
            ? Venue.Modify(account, id, replacement)
            : new PlaceOutcome(null, Errors.RejectReason.OrderNotFound, HyperliquidErrorText.MissingOrder);
    }

    private static JsonNode PlaceStatus(PlaceOutcome outcome)
    {
        if (outcome.Ack is not { } ack)
        {
            return new JsonObject { ["error"] = outcome.Error };
        }

        if (ack.State == OrderState.Filled)
        {
            return new JsonObject
            {
                ["filled"] = new JsonObject
                {
                    ["totalSz"] = HyperliquidJson.Number(ack.FilledSize),
                    ["avgPx"] = HyperliquidJson.Number(ack.AveragePrice ?? 0),
                    ["oid"] = ack.OrderId,
                    ["cloid"] = ack.ClientOrderId.ToString(),
                },
            };
        }

        return new JsonObject { ["resting"] = new JsonObject { ["oid"] = ack.OrderId, ["cloid"] = ack.ClientOrderId.ToString() } };
    }

    private static JsonNode CancelStatus(bool done) =>
        done ? JsonValue.Create("success") : new JsonObject { ["error"] = HyperliquidErrorText.MissingOrder };

    private OrderRequest ToRequest(JsonObject wire)
    {
        var asset = wire["a"]!.GetValue<int>();
        var instrument = Venue.Instruments.FirstOrDefault(i => i.AssetId == asset)
            ?? throw new FormatException($"unknown asset {asset}");
        var price = decimal.Parse(wire["p"]!.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture);
        var size = decimal.Parse(wire["s"]!.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture);
        var cloid = wire["c"] is JsonNode c ? ClientOrderId.Parse(c.GetValue<string>()) : ClientOrderId.FromSignal($"venue:{Guid.NewGuid()}");
        var side = wire["b"]!.GetValue<bool>() ? OrderSide.Buy : OrderSide.Sell;
        var reduceOnly = wire["r"]!.GetValue<bool>();
        var type = wire["t"]!.AsObject();
        if (type["trigger"] is JsonObject trigger)
        {
            var kind = string.Equals(trigger["tpsl"]!.GetValue<string>(), "tp", StringComparison.Ordinal) ? OrderKind.TakeProfit : OrderKind.StopMarket;
            var triggerPrice = decimal.Parse(trigger["triggerPx"]!.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture);
            return new OrderRequest(instrument.Symbol, side, kind, size, cloid, price, triggerPrice, ReduceOnly: reduceOnly);
        }

        var tif = type["limit"]!["tif"]!.GetValue<string>() switch
        {
            "Ioc" => TimeInForce.ImmediateOrCancel,
            "Alo" => TimeInForce.PostOnly,
            _ => TimeInForce.GoodTilCancel,
        };
        return new OrderRequest(instrument.Symbol, side, OrderKind.Limit, size, cloid, price, TimeInForce: tif, ReduceOnly: reduceOnly);
    }
}
