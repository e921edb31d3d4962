using FractalTrader.Actors.MarketData;
using FractalTrader.Actors.Strategies;
using FractalTrader.Host.Configuration;
using FractalTrader.Host.Venues;
using FractalTrader.Runtime;
using FractalTrader.Trading.Strategies;

namespace FractalTrader.Host.Node;

/// <summary>Starts the node on an actor system whose persistence is configured. Stateless.</summary>
public static class NodeLauncher
{
    /// <summary>Starts the node; it becomes ready after its first reconciliation with the venue.</summary>
    public static Task<IRunningNode> StartAsync(ActorSystem system, VenueConnection venue, NodeHostSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(venue);
        ArgumentNullException.ThrowIfNull(settings);
        var log = system.LoggerFactory.CreateLogger("FractalTrader.Host.Node");
        IRunningNode node = MarketWatchNode.Start(system, venue.Exchange, venue.Clock, MarketData(settings), Strategies(settings), log, cancellationToken);
        return Task.FromResult(node);
    }

    /// <summary>The market data actor's settings from the host's.</summary>
    public static MarketDataSettings MarketData(NodeHostSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new MarketDataSettings { Symbols = settings.Symbols, Timeframe = settings.Timeframe };
    }

    /// <summary>The strategies' settings from the host's.</summary>
    public static StrategySettings Strategies(NodeHostSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new StrategySettings { Timeframe = settings.Timeframe, Strategies = [.. settings.Strategies.Select(StrategyParameters.DefaultFor)] };
    }
}
