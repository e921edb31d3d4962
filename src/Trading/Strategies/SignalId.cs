using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FractalTrader.Trading.MarketData;

namespace FractalTrader.Trading.Strategies;

/// <summary>
/// A signal's deterministic identity: strategy, symbol, timeframe, trigger bar open time and
/// direction. The same setup always gets the same id, so it doubles as a de-duplication key and
/// the root of idempotent client order ids. Immutable and thread-safe.
/// </summary>
/// <param name="Value">The id text, e.g. <c>liquidity_sweep:BTC:1h:2025-01-01T22:00:00Z:long</c>.</param>
public readonly record struct SignalId(string Value)
{
    /// <summary>The id of the setup with these coordinates.</summary>
    public static SignalId For(StrategyKind strategy, string symbol, Timeframe timeframe, DateTimeOffset barOpenTime, TradeDirection direction)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        var time = barOpenTime.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var side = direction == TradeDirection.Long ? "long" : "short";
        return new SignalId($"{strategy.Name}:{symbol}:{timeframe.Name}:{time}:{side}");
    }

    /// <summary>
    /// A 128-bit client order id derived from this id (<c>0x</c> + 32 hex digits, the form
    /// Hyperliquid accepts): a retry or replay of the same signal maps to the same order.
    /// </summary>
    public string ToClientOrderId()
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(Value), hash);
        return "0x" + Convert.ToHexStringLower(hash[..16]);
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
