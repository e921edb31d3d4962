using FractalTrader.Trading.MarketData;
using FractalTrader.Trading.Strategies;
using FractalTrader.Trading.Strategies.Live;

namespace FractalTrader.Actors.Strategies;

/// <summary>What every symbol's strategy runs and how its failures are handled. Immutable.</summary>
public sealed record StrategySettings
{
    /// <summary>Bar interval. The default is 1h.</summary>
    public Timeframe Timeframe { get; init; } = Timeframe.H1;

    /// <summary>Strategies evaluated on each bar. The default is all three with their default parameters.</summary>
    public IReadOnlyList<StrategyParameters> Strategies { get; init; } = [.. StrategyKind.All.Select(StrategyParameters.DefaultFor)];

    /// <summary>Bars the strategies look at. The default is 500.</summary>
    public int Window { get; init; } = SymbolSignalEngine.DefaultWindow;

    /// <summary>First restart delay of a failed symbol; it doubles up to <see cref="MaxBackoff"/>. The default is 1 s.</summary>
    public TimeSpan MinBackoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest restart delay. The default is 30 s.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Restarts allowed without a quiet <see cref="RestartWindow"/> in between; one more stops the symbol. The default is 5.</summary>
    public int MaxRestarts { get; init; } = 5;

    /// <summary>Running this long without failing forgives earlier restarts. The default is 10 minutes.</summary>
    public TimeSpan RestartWindow { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Makes a symbol's strategies; tests substitute failing ones. The default builds a <see cref="SymbolSignalEngine"/>.</summary>
    internal Func<string, StrategySettings, ISymbolStrategies> Engine { get; init; } =
        static (symbol, settings) => new EngineStrategies(new SymbolSignalEngine(symbol, settings.Timeframe, settings.Strategies, settings.Window));
}
