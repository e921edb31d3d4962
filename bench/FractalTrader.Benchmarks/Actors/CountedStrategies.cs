using FractalTrader.Actors.Strategies;
using FractalTrader.Trading.MarketData;
using FractalTrader.Trading.Strategies;

namespace FractalTrader.Benchmarks.Actors;

/// <summary>
/// The real strategies of one symbol (through <see cref="StrategySettings"/>' engine seam), counting
/// every bar they evaluate into a counter shared by all symbols, so the benchmark knows when every
/// strategy actor has seen every bar. The counter is thread-safe; the strategies are not (one actor).
/// </summary>
internal sealed class CountedStrategies(ISymbolStrategies strategies, BarCounter counter) : ISymbolStrategies
{
    public int BarCount => strategies.BarCount;

    public IReadOnlyList<Signal> OnClosedCandle(in Candle candle)
    {
        var signals = strategies.OnClosedCandle(candle);
        counter.Evaluated();
        return signals;
    }
}
