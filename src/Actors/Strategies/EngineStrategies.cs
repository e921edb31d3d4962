using FractalTrader.Trading.MarketData;
using FractalTrader.Trading.Strategies;
using FractalTrader.Trading.Strategies.Live;

namespace FractalTrader.Actors.Strategies;

/// <summary>The live strategies of one symbol: <see cref="SymbolSignalEngine"/>. Not thread-safe.</summary>
internal sealed class EngineStrategies(SymbolSignalEngine engine) : ISymbolStrategies
{
    public int BarCount => engine.BarCount;

    public IReadOnlyList<Signal> OnClosedCandle(in Candle candle) => engine.OnClosedCandle(candle);
}
