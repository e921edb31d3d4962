using FractalTrader.Actors.MarketData;
using FractalTrader.Actors.Node;
using FractalTrader.Actors.Strategies;
using FractalTrader.Host.Configuration;
using FractalTrader.Host.Venues;
using FractalTrader.Trading.Strategies;

namespace FractalTrader.Host.Node;

/// <summary>Binds the host's settings to the trading node's. Stateless.</summary>
public static class NodeLauncher
{
    /// <summary>The trading node's settings for <paramref name="settings"/> on <paramref name="venue"/>'s clock.</summary>
    public static TradingNodeSettings Settings(NodeHostSettings settings, VenueConnection venue)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(venue);
        return new TradingNodeSettings
        {
            Symbols = settings.Symbols,
            MarketData = new MarketDataSettings { Symbols = settings.Symbols, Timeframe = settings.Timeframe },
            Strategies = new StrategySettings { Timeframe = settings.Timeframe, Strategies = [.. settings.Strategies.Select(StrategyParameters.DefaultFor)] },
            Risk = settings.Risk,
            ReconcileInterval = settings.ReconcileInterval,
            Reconciliation = settings.Reconciliation,
            SnapshotEvery = settings.SnapshotEvery,
            Clock = venue.Clock,
            StopTimeout = settings.ShutdownTimeout,
        };
    }
}
