using FractalTrader.Actors.Clock;
using FractalTrader.Actors.MarketData;
using FractalTrader.Actors.Strategies;
using FractalTrader.Exchange;
using FractalTrader.Runtime;

namespace FractalTrader.Host.Node;

/// <summary>
/// The node as far as this build has it: market data and strategies on every symbol, signals
/// logged (see <see cref="SignalLogActor"/>), readiness after a first read of the venue's positions
/// and open orders. Replaced by the trading node (risk guardian, order router, portfolio,
/// reconciler) once it exists; the host around it stays the same. Thread-safe.
/// </summary>
internal sealed class MarketWatchNode : IRunningNode
{
    private readonly IActorRef strategies;
    private readonly IActorRef marketData;
    private readonly IActorRef signals;
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private MarketWatchNode(IActorRef strategies, IActorRef marketData, IActorRef signals)
    {
        this.strategies = strategies;
        this.marketData = marketData;
        this.signals = signals;
    }

    public Task Ready => ready.Task;

    public bool IsReady => ready.Task.IsCompletedSuccessfully;

    public static MarketWatchNode Start(ActorSystem system, IExchange exchange, MarketClock clock, MarketDataSettings marketDataSettings, StrategySettings strategySettings, ILogger log, CancellationToken cancellationToken)
    {
        var signalLog = system.ActorOf(SignalLogActor.Props(), "signals");
        var strategyActors = system.ActorOf(StrategiesActor.Props(marketDataSettings.Symbols, strategySettings, signalLog), "strategies");
        var marketDataActor = system.ActorOf(MarketDataActor.Props(exchange, marketDataSettings, strategyActors, signalLog, clock), "market-data");
        strategyActors.Tell(new StrategiesActor.Start(marketDataActor), ActorRefs.NoSender);
        var node = new MarketWatchNode(strategyActors, marketDataActor, signalLog);
        _ = node.CheckVenueAsync(exchange, log, cancellationToken);
        return node;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var timeout = TimeSpan.FromSeconds(10);
        await strategies.GracefulStop(timeout).WaitAsync(cancellationToken);
        await marketData.GracefulStop(timeout).WaitAsync(cancellationToken);
        await signals.GracefulStop(timeout).WaitAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task CheckVenueAsync(IExchange exchange, ILogger log, CancellationToken cancellationToken)
    {
        try
        {
            var positions = await exchange.GetPositionsAsync(cancellationToken);
            var orders = await exchange.GetOpenOrdersAsync(cancellationToken);
            log.LogInformation("Venue read: {Positions} position(s), {Orders} open order(s)", positions.Count, orders.Count);
            ready.TrySetResult();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            ready.TrySetException(e);
        }
    }
}
