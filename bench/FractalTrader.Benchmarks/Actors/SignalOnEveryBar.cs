using FractalTrader.Actors.Strategies;
using FractalTrader.Trading.MarketData;
using FractalTrader.Trading.Strategies;

namespace FractalTrader.Benchmarks.Actors;

/// <summary>
/// A strategy stand-in (through <see cref="StrategySettings"/>' engine seam) that signals a long
/// entry on every bar: stop 1% below the close, target 2% above, so every tick of the tick-to-order
/// benchmark goes all the way to the venue. Not thread-safe (one strategy actor).
/// </summary>
internal sealed class SignalOnEveryBar(string symbol, Timeframe timeframe) : ISymbolStrategies
{
    public int BarCount { get; private set; }

    public IReadOnlyList<Signal> OnClosedCandle(in Candle candle)
    {
        var bar = BarCount++;
        return
        [
            new Signal
            {
                Id = new SignalId(StrategyKind.FvgFill, symbol, timeframe, candle.OpenTime, TradeDirection.Long),
                Strategy = StrategyKind.FvgFill,
                Symbol = symbol,
                Timeframe = timeframe,
                Bar = bar,
                BarTime = candle.OpenTime,
                Direction = TradeDirection.Long,
                Entry = candle.Close,
                StopLoss = decimal.Round(candle.Close * 0.99m, 1),
                TakeProfit = decimal.Round(candle.Close * 1.02m, 1),
                Confidence = 80,
                RiskReward = 2,
                SignalType = "bench_every_bar",
                Levels = [],
            },
        ];
    }
}
