using FractalTrader.Actors.MarketData;
using FractalTrader.Actors.Orders;
using FractalTrader.Actors.Portfolio;
using FractalTrader.Actors.Reconciliation;
using FractalTrader.Actors.Risk;
using FractalTrader.Actors.Strategies;
using FractalTrader.Exchange;
using FractalTrader.Exchange.Instruments;
using FractalTrader.Messages.Orders;
using FractalTrader.Messages.Reconciliation;
using FractalTrader.Runtime;
using FractalTrader.Trading.Risk;

namespace FractalTrader.Actors.Node;

/// <summary>
/// One trading node's actors on an actor system: portfolio, order router, risk guardian,
/// reconciler, strategies and market data, wired together. Persistent actors run under backoff
/// supervisors, so a journal failure stops one only until it recovers again. Trading stays off
/// until the first reconciliation with the venue has passed (<see cref="Ready"/>). Thread-safe.
/// </summary>
public sealed class TradingNode : IAsyncDisposable
{
    private static readonly TimeSpan MinBackoff = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(10);

    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TradingNodeSettings settings;
    private int stopped;

    private TradingNode(TradingNodeSettings settings) => this.settings = settings;

    /// <summary>Completes after the first successful reconciliation with the venue.</summary>
    public Task Ready => ready.Task;

    /// <summary>Whether the first reconciliation has passed.</summary>
    public bool IsReady => ready.Task.IsCompletedSuccessfully;

    /// <summary>The risk guardian (<c>/user/risk-guardian</c>): signals, <c>Halt</c>, <c>Resume</c>, <c>EmergencyStop</c>, <c>GetRiskStatus</c>.</summary>
    public IActorRef RiskGuardian { get; private set; } = null!;

    /// <summary>The order router (<c>/user/order-router</c>): <c>GetRouterStatus</c>, <c>DrainOrders</c>.</summary>
    public IActorRef OrderRouter { get; private set; } = null!;

    /// <summary>The portfolio (<c>/user/portfolio</c>): <c>GetPortfolio</c>, <c>SyncFills</c>.</summary>
    public IActorRef Portfolio { get; private set; } = null!;

    /// <summary>The position reconciler (<c>/user/reconciler</c>): <c>ReconcileNow</c>.</summary>
    public IActorRef Reconciler { get; private set; } = null!;

    /// <summary>The market data actor (<c>/user/market-data</c>).</summary>
    public IActorRef MarketData { get; private set; } = null!;

    /// <summary>The strategies supervisor (<c>/user/strategies</c>).</summary>
    public IActorRef Strategies { get; private set; } = null!;

    /// <summary>
    /// Starts the node's actors on <paramref name="system"/>, whose persistence must already be
    /// configured (<c>Persistence.Configure</c>, with <see cref="TradingJournal.Serializer"/> and
    /// <see cref="TradingJournal.PersistenceSettings"/>). Returns once the actors are started;
    /// await <see cref="Ready"/> for the first reconciliation.
    /// </summary>
    /// <exception cref="ArgumentException">A setting is invalid or a symbol is unknown at the venue; the message names it.</exception>
    /// <exception cref="InvalidOperationException">The system has no persistence configured.</exception>
    public static async Task<TradingNode> StartAsync(ActorSystem system, IExchange exchange, TradingNodeSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(exchange);
        ArgumentNullException.ThrowIfNull(settings);
        TradingNodeSettings.Validate(settings);
        _ = Persistence.Apply(system);

        var instruments = await exchange.GetInstrumentsAsync(cancellationToken);
        var known = instruments.ToDictionary(i => i.Symbol, StringComparer.Ordinal);
        var unknown = settings.Symbols.Where(s => !known.ContainsKey(s)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Symbols: {string.Join(", ", unknown)} not listed by the venue (it lists {known.Count} instruments).", nameof(settings));
        }

        var risk = settings.Risk.Instruments.Count > 0
            ? settings.Risk
            : settings.Risk with { Instruments = [.. settings.Symbols.Select(s => Rules(known[s]))] };
        var clock = settings.Clock;
        var node = new TradingNode(settings);

        node.Portfolio = system.ActorOf(Supervised(PortfolioActor.Props(exchange, clock, settings.FillPollInterval, settings.StreamFills), "portfolio"), "portfolio");
        node.OrderRouter = system.ActorOf(
            Supervised(OrderRouterActor.Props(exchange, [.. settings.Symbols.Select(s => known[s])], node.Portfolio, settings.Orders, clock), "order-router"), "order-router");
        node.RiskGuardian = system.ActorOf(Supervised(RiskGuardianActor.Props(risk, node.OrderRouter, clock), "risk-guardian"), "risk-guardian");
        node.Reconciler = system.ActorOf(
            PositionReconcilerActor.Props(
                exchange, node.Portfolio, node.RiskGuardian, node.OrderRouter, settings.Reconciliation with { Interval = settings.ReconcileInterval }, clock, node.OnReconciled),
            "reconciler");
        node.Strategies = system.ActorOf(StrategiesActor.Props(settings.Symbols, settings.Strategies, node.RiskGuardian), "strategies");
        node.MarketData = system.ActorOf(MarketDataActor.Props(exchange, settings.MarketData, node.Strategies, node.RiskGuardian, clock), "market-data");
        node.Strategies.Tell(new StrategiesActor.Start(node.MarketData), ActorRefs.NoSender);
        return node;
    }

    /// <summary>
    /// Stops trading cleanly: strategies and market data first (no new signals), then the router
    /// drains (no new entry; waits for orders in flight), then the persistent actors stop after
    /// their pending journal writes. Protective orders stay at the venue.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref stopped, 1) != 0)
        {
            return;
        }

        var timeout = settings.StopTimeout;
        await Task.WhenAll(Strategies.GracefulStop(timeout), MarketData.GracefulStop(timeout)).WaitAsync(cancellationToken);
        try
        {
            await OrderRouter.Ask<OrdersDrained>(new DrainOrders(), timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            // Whatever is still in flight is settled by client id at the next start.
        }

        await Reconciler.GracefulStop(timeout).WaitAsync(cancellationToken);
        await RiskGuardian.GracefulStop(timeout).WaitAsync(cancellationToken);
        await OrderRouter.GracefulStop(timeout).WaitAsync(cancellationToken);
        await Portfolio.GracefulStop(timeout).WaitAsync(cancellationToken);
    }

    /// <summary>Stops the node (<see cref="StopAsync"/>) if it was not stopped yet.</summary>
    public async ValueTask DisposeAsync()
    {
        ready.TrySetCanceled();
        try
        {
            await StopAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            // The system is going away anyway; the journal holds what was acknowledged.
        }
    }

    private static Props Supervised(Props props, string name) =>
        BackoffSupervisor.Props(Backoff.OnStop(props, name, MinBackoff, MaxBackoff, 0.2));

    private static InstrumentRules Rules(Instrument instrument) =>
        InstrumentRules.WithSizeDecimals(instrument.Symbol, instrument.SzDecimals, instrument.MinOrderValue);

    private void OnReconciled(ReconciliationCompleted completed) => ready.TrySetResult();
}
