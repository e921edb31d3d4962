using FractalTrader.Messages.MarketData;
using FractalTrader.Messages.Risk;
using FractalTrader.Runtime;
using Microsoft.Extensions.Logging;

namespace FractalTrader.Actors.Strategies;

/// <summary>
/// The strategies supervisor: one <see cref="StrategyActor"/> per symbol, each under its own
/// <see cref="BackoffSupervisor"/> (<c>/user/strategies/BTC/strategy</c>), so a crash restarts only
/// that symbol, after a growing delay. A symbol that fails more than
/// <see cref="StrategySettings.MaxRestarts"/> times without a quiet
/// <see cref="StrategySettings.RestartWindow"/> is stopped and the risk guardian told. Routes each
/// closed bar to its symbol. Children start on <see cref="Start"/>, which names the market data
/// actor they warm up from; bars arriving before are stashed.
/// </summary>
public sealed class StrategiesActor : ReceiveActor, IWithStash
{
    private readonly IReadOnlyList<string> symbols;
    private readonly StrategySettings settings;
    private readonly IActorRef riskGuardian;
    private readonly Dictionary<string, IActorRef> bySymbol = new(StringComparer.Ordinal);
    private readonly Dictionary<IActorRef, string> symbolOf = [];
    private ILogger log = null!;

    /// <summary>Creates the supervisor; use <see cref="Props"/>.</summary>
    public StrategiesActor(IReadOnlyList<string> symbols, StrategySettings settings, IActorRef riskGuardian)
    {
        this.symbols = symbols ?? throw new ArgumentNullException(nameof(symbols));
        this.settings = settings ?? throw new ArgumentNullException(nameof(settings));
        this.riskGuardian = riskGuardian ?? throw new ArgumentNullException(nameof(riskGuardian));
        Receive<Start>(OnStart);
        Receive<CandleClosed>(_ => Stash.Stash());
    }

    /// <inheritdoc />
    public IStash Stash { get; set; } = null!;

    /// <summary>Props for the supervisor.</summary>
    public static Props Props(IReadOnlyList<string> symbols, StrategySettings settings, IActorRef riskGuardian) =>
        Runtime.Props.Create(() => new StrategiesActor(symbols, settings, riskGuardian));

    /// <inheritdoc />
    protected override void PreStart() => log = Context.GetLogger();

    private void OnStart(Start start)
    {
        foreach (var symbol in symbols)
        {
            var strategy = StrategyActor.Props(symbol, settings, start.MarketData, riskGuardian);
            var backoff = Backoff.OnFailure(strategy, "strategy", settings.MinBackoff, settings.MaxBackoff, 0.2, settings.MaxRestarts)
                .WithAutoReset(settings.RestartWindow);
            var child = Context.Watch(Context.ActorOf(BackoffSupervisor.Props(backoff), symbol));
            bySymbol[symbol] = child;
            symbolOf[child] = symbol;
        }

        Become(Running);
        Stash.UnstashAll();
    }

    private void Running()
    {
        Receive<CandleClosed>(candle =>
        {
            if (bySymbol.TryGetValue(candle.Symbol, out var child))
            {
                child.Tell(candle, Sender);
            }
        });
        Receive<Terminated>(OnTerminated);
        Receive<Start>(_ => { });
    }

    private void OnTerminated(Terminated terminated)
    {
        if (!symbolOf.Remove(terminated.ActorRef, out var symbol))
        {
            return;
        }

        bySymbol.Remove(symbol);
        var reason = $"{symbol}: strategies failed more than {settings.MaxRestarts} times without {settings.RestartWindow} of quiet; stopped until the node restarts";
        log.LogError("{Reason}", reason);
        riskGuardian.Tell(new StrategyStopped(symbol, reason), Self);
    }

    /// <summary>Starts every symbol's strategies, warming up from <paramref name="MarketData"/>. Immutable.</summary>
    /// <param name="MarketData">The market data actor.</param>
    public sealed record Start(IActorRef MarketData);
}
