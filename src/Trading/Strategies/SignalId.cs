using System.Globalization;
using System.Runtime.InteropServices;
using FractalTrader.Trading.MarketData;

namespace FractalTrader.Trading.Strategies;

/// <summary>
/// A signal's deterministic identity: strategy, symbol, timeframe, trigger bar open time and
/// direction. The same setup always gets the same id, so it doubles as a de-duplication key and
/// the root of idempotent client order ids (see the exchange's <c>ClientOrderId</c>). Immutable and thread-safe.
/// </summary>
/// <param name="Strategy">The strategy that found the setup.</param>
/// <param name="Symbol">The symbol, e.g. <c>BTC</c>.</param>
/// <param name="Timeframe">The bar interval.</param>
/// <param name="BarOpenTime">Open time of the trigger bar (UTC).</param>
/// <param name="Direction">Long or short.</param>
[StructLayout(LayoutKind.Auto)]
public readonly record struct SignalId(StrategyKind Strategy, string Symbol, Timeframe Timeframe, DateTimeOffset BarOpenTime, TradeDirection Direction)
{
    /// <summary>The id text, e.g. <c>liquidity_sweep:BTC:1h:2025-01-01T22:00:00Z:long</c>.</summary>
    public string Value
    {
        get
        {
            var time = BarOpenTime.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            var side = Direction == TradeDirection.Long ? "long" : "short";
            return $"{Strategy.Name}:{Symbol}:{Timeframe.Name}:{time}:{side}";
        }
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
