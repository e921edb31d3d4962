using FractalTrader.Actors.Clock;
using FractalTrader.Actors.Node;
using FractalTrader.Actors.Orders;
using FractalTrader.Exchange.Simulated;
using FractalTrader.Messages.Risk;
using FractalTrader.Runtime;
using FractalTrader.Trading.MarketData;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FractalTrader.Benchmarks.Actors;

/// <summary>
/// The simulated venue on a benchmark clock, behind <see cref="BenchExchange"/>, and trading nodes
/// started against it on fresh actor systems, as tests/Actors.Tests' NodeHarness starts them (no
/// log providers: logging is not what is measured). Not thread-safe.
/// </summary>
internal sealed class BenchNode : IAsyncDisposable
{
    public const string Account = "0x14791697260e4c9a71f18484c9f997b308e59325";

    /// <summary>Market time when the node starts: bars the benchmarks feed open from here on.</summary>
    public static readonly DateTimeOffset Start = new(2025, 3, 4, 12, 0, 0, TimeSpan.Zero);

    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);
    private static long systems;

    public BenchNode(SimulatedVenueOptions venue, Func<string, IReadOnlyList<Candle>> history)
    {
        Clock = new BenchClock(Start);
        Venue = new SimulatedVenue(venue, Clock);
        Venue.OpenAccount(Account, 100_000m);
        Exchange = new BenchExchange(new SimulatedExchange(Venue, Account), history);
    }

    public BenchClock Clock { get; }

    public SimulatedVenue Venue { get; }

    public BenchExchange Exchange { get; }

    public ActorSystem System { get; private set; } = null!;

    public TradingNode Node { get; private set; } = null!;

    /// <summary>Settings every benchmark node shares: no fill polling, hourly reconciliation, no rate limit in the way, the benchmark's clock.</summary>
    public TradingNodeSettings Settings(IReadOnlyList<string> symbols) => new()
    {
        Symbols = symbols,
        FillPollInterval = TimeSpan.Zero,
        ReconcileInterval = TimeSpan.FromHours(1),
        SnapshotEvery = 100,
        Orders = new OrderRouterSettings { ActionsPerMinute = 1_000_000 },
        Clock = new MarketClock(Clock, 1),
    };

    /// <summary>Starts a node on a fresh system whose journal is <paramref name="plugin"/> (disposed with the system), and waits until it is ready.</summary>
    public async Task<TradingNode> StartAsync(IPersistencePlugin plugin, TradingNodeSettings settings)
    {
        System = ActorSystem.Create($"bench-node-{Interlocked.Increment(ref systems)}", new ActorSystemOptions { LoggerFactory = Logging() });
        FractalTrader.Runtime.Persistence.Configure(System, plugin, TradingJournal.PersistenceSettings(settings) with { DisposePluginOnTermination = true });
        Node = await TradingNode.StartAsync(System, Exchange, settings, CancellationToken.None);
        await Node.Ready.WaitAsync(Patience);
        return Node;
    }

    /// <summary>
    /// Waits until the risk guardian itself has heard of the first reconciliation (it hears it just
    /// after <see cref="TradingNode.Ready"/> completes) and knows the equity: only then are signals
    /// approved. Asks its status until then, a bounded number of times.
    /// </summary>
    public async Task WaitUntilTradingAsync()
    {
        for (var attempt = 0; attempt < 10_000; attempt++)
        {
            var status = await Node.RiskGuardian.Ask<RiskStatus>(new GetRiskStatus(), Patience);
            if (status.TradingEnabled && status.Equity is not null)
            {
                return;
            }
        }

        throw new InvalidOperationException("The risk guardian did not enable trading after the first reconciliation.");
    }

    /// <summary>Stops the node and terminates its system (the journal stays).</summary>
    public async Task StopAsync()
    {
        await Node.StopAsync(CancellationToken.None).WaitAsync(Patience);
        await System.Terminate().WaitAsync(Patience);
    }

    /// <summary>No logging (it is not what is measured), unless FRACTAL_BENCH_LOG=1 asks for the node's log on the console to see why a benchmark stalls.</summary>
    private static ILoggerFactory Logging() =>
        string.Equals(Environment.GetEnvironmentVariable("FRACTAL_BENCH_LOG"), "1", StringComparison.Ordinal)
            ? LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Information))
            : NullLoggerFactory.Instance;

    public async ValueTask DisposeAsync()
    {
        if (System is not null && !System.WhenTerminated.IsCompleted)
        {
            await StopAsync();
        }

        Venue.Dispose();
    }
}
