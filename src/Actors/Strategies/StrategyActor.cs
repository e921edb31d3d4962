using FractalTrader.Actors.Mapping;
using FractalTrader.Messages.MarketData;
using FractalTrader.Messages.Orders;
using FractalTrader.Messages.Signals;
using FractalTrader.Runtime;
using FractalTrader.Trading.Strategies.Live;
using Microsoft.Extensions.Logging;

namespace FractalTrader.Actors.Strategies;

/// <summary>
/// One symbol's strategies: incremental state (<see cref="SymbolSignalEngine"/>) fed one closed
/// bar at a time, emitting signals of the newest bar only, to the risk guardian. At start (and
/// after every restart) it warms up from the market data actor's history first, stashing live
/// bars meanwhile; signals found while warming up are history and are never sent. A failure
/// restarts only this symbol (its supervisor backs off).
/// </summary>
public sealed class StrategyActor : ReceiveActor, IWithStash
{
    private readonly string symbol;
    private readonly StrategySettings settings;
    private readonly IActorRef marketData;
    private readonly IActorRef riskGuardian;
    private ISymbolStrategies engine = null!;
    private DateTimeOffset lastBar = DateTimeOffset.MinValue;
    private ILogger log = null!;

    /// <summary>Creates the actor; use <see cref="Props"/>.</summary>
    public StrategyActor(string symbol, StrategySettings settings, IActorRef marketData, IActorRef riskGuardian)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        this.symbol = symbol;
        this.settings = settings ?? throw new ArgumentNullException(nameof(settings));
        this.marketData = marketData ?? throw new ArgumentNullException(nameof(marketData));
        this.riskGuardian = riskGuardian ?? throw new ArgumentNullException(nameof(riskGuardian));
        Receive<CandleHistory>(OnHistory);
        Receive<CandleClosed>(_ => Stash.Stash());
    }

    /// <inheritdoc />
    public IStash Stash { get; set; } = null!;

    /// <summary>Signals sent since this instance started (a restart starts at 0).</summary>
    internal long SignalsSent { get; private set; }

    /// <summary>Props for the actor.</summary>
    public static Props Props(string symbol, StrategySettings settings, IActorRef marketData, IActorRef riskGuardian) =>
        Runtime.Props.Create(() => new StrategyActor(symbol, settings, marketData, riskGuardian));

    /// <inheritdoc />
    protected override void PreStart()
    {
        log = Context.GetLogger();
        engine = settings.Engine(symbol, settings);
        marketData.Tell(new CandleHistoryRequest(symbol), Self);
    }

    private void OnHistory(CandleHistory history)
    {
        foreach (var bar in history.Candles)
        {
            if (bar.OpenTime > lastBar)
            {
                // Warm-up: the signals of old bars are history, never traded.
                _ = engine.OnClosedCandle(bar.ToCandle());
                lastBar = bar.OpenTime;
            }
        }

        log.LogInformation("{Symbol}: strategies warmed up on {Bars} bars", symbol, engine.BarCount);
        Become(Live);
        Stash.UnstashAll();
    }

    private void Live()
    {
        Receive<CandleClosed>(OnCandle);
        Receive<CandleHistory>(_ => { });
        // The guardian answers every signal; what became of it is the guardian's and the router's business.
        Receive<OrderIntent>(_ => { });
        Receive<SignalRejected>(_ => { });
    }

    private void OnCandle(CandleClosed candle)
    {
        if (candle.OpenTime <= lastBar)
        {
            // Already part of the warm-up history.
            return;
        }

        var signals = engine.OnClosedCandle(candle.ToCandle());
        lastBar = candle.OpenTime;
        foreach (var signal in signals)
        {
            SignalsSent++;
            riskGuardian.Tell(signal.ToMessage(), Self);
        }
    }
}
