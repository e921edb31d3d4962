using System.Runtime.InteropServices;
using FractalTrader.Trading.MarketData;
using FractalTrader.Trading.Numerics;

namespace FractalTrader.Trading.Strategies;

/// <summary>
/// A candidate signal in the detectors' doubles, before the original's validation, the
/// reward/risk filter and conversion to decimal. Immutable.
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct SignalDraft(
    int Bar,
    TradeDirection Direction,
    double Entry,
    double StopLoss,
    double TakeProfit,
    string SignalType,
    string FirstLevelName,
    double FirstLevel,
    string? SecondLevelName,
    double SecondLevel)
{
    /// <summary>|target − entry| / |entry − stop|; NaN when the risk is zero.</summary>
    public double RiskReward
    {
        get
        {
            var risk = Math.Abs(Entry - StopLoss);
            return risk == 0 ? double.NaN : Math.Abs(TakeProfit - Entry) / risk;
        }
    }

    /// <summary>
    /// Whether the original would keep it: a positive entry and stop (its Signal constructor) and
    /// a reward/risk of at least <paramref name="minRiskReward"/> (its RR filter).
    /// </summary>
    public bool Passes(double minRiskReward) => Entry > 0 && StopLoss > 0 && RiskReward >= minRiskReward;

    /// <summary>The decimal signal, or null when a price has no decimal value.</summary>
    public Signal? ToSignal(StrategyKind strategy, string symbol, Timeframe timeframe, DateTimeOffset barTime, int confidence)
    {
        if (!ExactDecimal.TryFrom(Entry, out var entry)
            || !ExactDecimal.TryFrom(StopLoss, out var stop)
            || !ExactDecimal.TryFrom(TakeProfit, out var target)
            || !ExactDecimal.TryFrom(FirstLevel, out var first))
        {
            return null;
        }

        KeyValuePair<string, decimal>[] levels;
        if (SecondLevelName is null)
        {
            levels = [new(FirstLevelName, first)];
        }
        else if (ExactDecimal.TryFrom(SecondLevel, out var second))
        {
            levels = [new(FirstLevelName, first), new(SecondLevelName, second)];
        }
        else
        {
            return null;
        }

        return new Signal
        {
            Id = new SignalId(strategy, symbol, timeframe, barTime, Direction),
            Strategy = strategy,
            Symbol = symbol,
            Timeframe = timeframe,
            Bar = Bar,
            BarTime = barTime,
            Direction = Direction,
            Entry = entry,
            StopLoss = stop,
            TakeProfit = target,
            Confidence = confidence,
            RiskReward = RiskReward,
            SignalType = SignalType,
            Levels = levels,
        };
    }
}
