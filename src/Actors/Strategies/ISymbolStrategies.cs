using FractalTrader.Trading.MarketData;
using FractalTrader.Trading.Strategies;
using FractalTrader.Trading.Strategies.Live;

namespace FractalTrader.Actors.Strategies;

/// <summary>What a strategy actor evaluates: <see cref="SymbolSignalEngine"/>, or a stand-in in tests (a crashing one). Not thread-safe.</summary>
internal interface ISymbolStrategies
{
    /// <summary>Bars seen so far.</summary>
    int BarCount { get; }

    /// <summary>The signals the newest closed bar triggers.</summary>
    IReadOnlyList<Signal> OnClosedCandle(in Candle candle);
}
