using FractalTrader.Trading.MarketData;

namespace FractalTrader.Actors.MarketData;

/// <summary>What the market data actor follows and how. Immutable.</summary>
public sealed record MarketDataSettings
{
    /// <summary>Symbols to follow, e.g. BTC, ETH, SOL.</summary>
    public required IReadOnlyList<string> Symbols { get; init; }

    /// <summary>Bar interval the strategies trade. The default is 1h.</summary>
    public Timeframe Timeframe { get; init; } = Timeframe.H1;

    /// <summary>Closed bars kept per symbol and given to a (re)starting strategy to warm up. The default is 500.</summary>
    public int HistoryBars { get; init; } = 500;

    /// <summary>A symbol whose last bar closed longer ago than this (market time) is reported stale to the risk guardian. The default is 2 bars.</summary>
    public TimeSpan? StaleAfter { get; init; }

    /// <summary>How often staleness is checked (wall time). The default is 5 s.</summary>
    public TimeSpan StaleCheckInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Wait before re-subscribing a stream that ended or failed (wall time). The default is 2 s.</summary>
    public TimeSpan StreamRetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The stale threshold in force.</summary>
    public TimeSpan EffectiveStaleAfter => StaleAfter ?? (Timeframe.Duration * 2);
}
