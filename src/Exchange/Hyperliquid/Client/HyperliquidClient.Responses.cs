using System.Text.Json;
using System.Text.Json.Nodes;
using FractalTrader.Exchange.Errors;
using FractalTrader.Exchange.Orders;

namespace FractalTrader.Exchange.Hyperliquid.Client;

/// <content>Reading /exchange answers into acknowledgements and typed errors (spec §7.1, §9, §10).</content>
public sealed partial class HyperliquidClient
{
    /// <summary>The per-order statuses of an ok answer (empty for "default" answers); a whole-action error becomes its typed exception.</summary>
    private static IReadOnlyList<JsonNode> OrderStatuses(JsonNode answer, string operation)
    {
        var body = HyperliquidJson.Object(answer, "exchange answer");
        var status = body["status"]?.GetValue<string>();
        if (string.Equals(status, "err", StringComparison.Ordinal))
        {
            var message = body["response"]?.GetValueKind() == JsonValueKind.String ? body["response"]!.GetValue<string>() : body["response"]?.ToJsonString() ?? "";
            if (HyperliquidErrorText.FatalCauseOf(message) is { } fatal)
            {
                throw new FatalExchangeException(VenueName, operation, fatal, message);
            }

            if (HyperliquidErrorText.IsNonceError(message))
            {
                throw new TransientExchangeException(VenueName, operation, TransientCause.NonceRejected, message);
            }

            throw new OrderRejectedException(VenueName, operation, HyperliquidErrorText.RejectReasonOf(message) ?? RejectReason.Unknown, message);
        }

        if (!string.Equals(status, "ok", StringComparison.Ordinal))
        {
            throw new FatalExchangeException(VenueName, operation, FatalCause.MalformedResponse, $"unexpected answer {answer.ToJsonString()}");
        }

        return body["response"]?["data"]?["statuses"] is JsonArray statuses ? [.. statuses.Select(s => s!)] : [];
    }

    private static OrderAck ReadPlaced(JsonNode status, ClientOrderId clientOrderId, string operation)
    {
        if (status.GetValueKind() == JsonValueKind.String)
        {
            // "waitingForFill" / "waitingForTrigger": a TP/SL child accepted without an id of its own yet.
            return new OrderAck(0, clientOrderId, OrderState.Open, 0, null);
        }

        var o = HyperliquidJson.Object(status, "order status");
        if (o["error"] is JsonNode error)
        {
            var message = error.GetValue<string>();
            throw new OrderRejectedException(VenueName, operation, HyperliquidErrorText.RejectReasonOf(message) ?? RejectReason.Unknown, message);
        }

        if (o["filled"] is JsonObject filled)
        {
            return new OrderAck(HyperliquidJson.Long(filled, "oid"), clientOrderId, OrderState.Filled, HyperliquidJson.Decimal(filled, "totalSz"), HyperliquidJson.Decimal(filled, "avgPx"));
        }

        if (o["resting"] is JsonObject resting)
        {
            return new OrderAck(HyperliquidJson.Long(resting, "oid"), clientOrderId, OrderState.Open, 0, null);
        }

        throw new FatalExchangeException(VenueName, operation, FatalCause.MalformedResponse, $"unknown order status {status.ToJsonString()}");
    }

    private static void ReadCancelled(JsonNode status, string operation)
    {
        if (status.GetValueKind() == JsonValueKind.String && string.Equals(status.GetValue<string>(), "success", StringComparison.Ordinal))
        {
            return;
        }

        var message = status["error"]?.GetValue<string>() ?? status.ToJsonString();
        throw new OrderRejectedException(VenueName, operation, HyperliquidErrorText.RejectReasonOf(message) ?? RejectReason.Unknown, message);
    }
}
