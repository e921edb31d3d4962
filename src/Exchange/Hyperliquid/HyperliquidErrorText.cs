using FractalTrader.Exchange.Errors;

namespace FractalTrader.Exchange.Hyperliquid;

/// <summary>
/// Hyperliquid's own error strings (spec §9, §10) and their classification. The simulated venue
/// speaks them and the client maps them, so both sides share one table. Stateless.
/// </summary>
public static class HyperliquidErrorText
{
    /// <summary>Tick.</summary>
    public const string Tick = "Price must be divisible by tick size.";

    /// <summary>MinTradeNtl (perps).</summary>
    public const string MinTradeNotional = "Order must have minimum value of $10.";

    /// <summary>PerpMargin.</summary>
    public const string PerpMargin = "Insufficient margin to place order.";

    /// <summary>ReduceOnly.</summary>
    public const string ReduceOnly = "Reduce only order would increase position.";

    /// <summary>IocCancel.</summary>
    public const string IocCancel = "Order could not immediately match against any resting orders.";

    /// <summary>BadTriggerPx.</summary>
    public const string BadTriggerPrice = "Invalid TP/SL price.";

    /// <summary>MarketOrderNoLiquidity.</summary>
    public const string NoLiquidity = "No liquidity available for market order.";

    /// <summary>Open interest capped.</summary>
    public const string OpenInterestCapped = "Order would increase open interest while open interest is capped";

    /// <summary>Cancel / MissingOrder.</summary>
    public const string MissingOrder = "Order was never placed, already canceled, or filled.";

    /// <summary>Invalid size. Wording not verified against the live API (spec §13).</summary>
    public const string InvalidSize = "Order has invalid size.";

    /// <summary>Unknown asset. Wording not verified against the live API.</summary>
    public const string UnknownAsset = "Unknown asset.";

    /// <summary>An action past its expiresAfter. Wording not verified against the live API.</summary>
    public const string Expired = "Action expired: expiresAfter is in the past.";

    /// <summary>Nonce errors start with this. Wording not verified against the live API.</summary>
    public const string InvalidNoncePrefix = "Invalid nonce";

    private const string MinValuePrefix = "Order must have minimum value of";
    private const string PostOnlyPrefix = "Post only order would have immediately matched";
    private const string UnknownWalletPrefix = "User or API Wallet ";
    private const string MustDepositPrefix = "Must deposit before performing actions";

    /// <summary>BadAloPx, with the book as the venue prints it.</summary>
    public static string PostOnlyWouldMatch(decimal bid, decimal ask) =>
        FormattableString.Invariant($"{PostOnlyPrefix}, bbo was {bid}@{ask}.");

    /// <summary>What the venue answers when the recovered signer is not a known account or agent.</summary>
    public static string UnknownWallet(string recoveredAddress) => $"L1 error: {UnknownWalletPrefix}{recoveredAddress} does not exist.";

    /// <summary>The classified reason of a per-order error string, or null if it is not an order rejection.</summary>
    public static RejectReason? RejectReasonOf(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message switch
        {
            Tick => RejectReason.InvalidPrice,
            PerpMargin => RejectReason.InsufficientMargin,
            ReduceOnly => RejectReason.ReduceOnlyWouldIncrease,
            IocCancel => RejectReason.ImmediateOrCancelUnfilled,
            BadTriggerPrice => RejectReason.InvalidTriggerPrice,
            NoLiquidity => RejectReason.NoLiquidity,
            OpenInterestCapped => RejectReason.OpenInterestCap,
            MissingOrder => RejectReason.OrderNotFound,
            InvalidSize => RejectReason.InvalidSize,
            UnknownAsset => RejectReason.UnknownSymbol,
            Expired => RejectReason.Expired,
            _ when message.StartsWith(MinValuePrefix, StringComparison.Ordinal) => RejectReason.BelowMinimumValue,
            _ when message.StartsWith(PostOnlyPrefix, StringComparison.Ordinal) => RejectReason.PostOnlyWouldMatch,
            _ => null,
        };
    }

    /// <summary>The fatal cause of a whole-action error string, or null if it is not fatal.</summary>
    public static FatalCause? FatalCauseOf(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Contains(UnknownWalletPrefix, StringComparison.Ordinal) && message.EndsWith("does not exist.", StringComparison.Ordinal))
        {
            return FatalCause.UnknownWallet;
        }

        return message.StartsWith(MustDepositPrefix, StringComparison.Ordinal) ? FatalCause.AccountNotFunded : null;
    }

    /// <summary>Whether a whole-action error is a nonce error (the action had no effect; retry with a fresh nonce).</summary>
    public static bool IsNonceError(string message) =>
        message?.StartsWith(InvalidNoncePrefix, StringComparison.Ordinal) == true;

    /// <summary>The order state a <c>…Rejected</c> / <c>…Canceled</c> status word stands for.</summary>
    public static Orders.OrderState StateOf(string status) => status switch
    {
        "open" => Orders.OrderState.Open,
        "filled" => Orders.OrderState.Filled,
        "triggered" => Orders.OrderState.Triggered,
        _ when status.EndsWith("Rejected", StringComparison.Ordinal) || string.Equals(status, "rejected", StringComparison.Ordinal) => Orders.OrderState.Rejected,
        _ => Orders.OrderState.Canceled,
    };
}
