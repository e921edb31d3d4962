using FractalTrader.Trading.MarketData;

namespace FractalTrader.Trading.Strategies;

/// <summary>
/// A trade setup found by a strategy on a closed bar. Prices are decimal from here on (they become
/// orders); each equals, digit for digit, the shortest text of the double the detectors computed.
/// Immutable and thread-safe.
/// </summary>
public sealed record Signal
{
    /// <summary>Deterministic id from strategy, symbol, timeframe, bar time and direction.</summary>
    public required SignalId Id { get; init; }

    /// <summary>The strategy that found the setup.</summary>
    public required StrategyKind Strategy { get; init; }

    /// <summary>The traded symbol, e.g. <c>BTC</c>.</summary>
    public required string Symbol { get; init; }

    /// <summary>The bar interval the setup was found on.</summary>
    public required Timeframe Timeframe { get; init; }

    /// <summary>Position of the trigger bar in the series it was computed on (batch) or since the
    /// per-symbol state started (incremental).</summary>
    public required int Bar { get; init; }

    /// <summary>Open time of the trigger bar (UTC).</summary>
    public required DateTimeOffset BarTime { get; init; }

    /// <summary>Long or short.</summary>
    public required TradeDirection Direction { get; init; }

    /// <summary>Suggested entry: the trigger bar's close.</summary>
    public required decimal Entry { get; init; }

    /// <summary>Protective stop.</summary>
    public required decimal StopLoss { get; init; }

    /// <summary>Profit target.</summary>
    public required decimal TakeProfit { get; init; }

    /// <summary>Confidence score, 0..100.</summary>
    public required int Confidence { get; init; }

    /// <summary>Reward/risk ratio |target − entry| / |entry − stop|, as the original computes it.</summary>
    public required double RiskReward { get; init; }

    /// <summary>The original's <c>signal_type</c>, e.g. <c>bullish_sweep</c>.</summary>
    public required string SignalType { get; init; }

    /// <summary>Strategy-specific levels (e.g. <c>sweep_low</c>, <c>fvg_high</c>), in the original's key order.</summary>
    public required IReadOnlyList<KeyValuePair<string, decimal>> Levels { get; init; }

    /// <summary>Distance from entry to stop, always positive for a valid signal.</summary>
    public decimal RiskPerUnit => Math.Abs(Entry - StopLoss);
}
