using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using FractalTrader.Actors.Strategies;
using FractalTrader.Exchange.Simulated;
using FractalTrader.Exchange.Simulated.Faults;
using FractalTrader.Messages.MarketData;
using FractalTrader.Messages.Orders;
using FractalTrader.Messages.Signals;
using FractalTrader.Runtime;
using FractalTrader.Trading.MarketData;
using FractalTrader.Trading.Strategies;
using FractalTrader.Trading.Strategies.Live;

namespace FractalTrader.Benchmarks.Actors;

/// <summary>
/// Tick to order: one closed 1h bar told to the strategies supervisor (the way the market data
/// actor tells it) or, as the issue defines the measure, straight to the symbol's <c>StrategyActor</c>
/// (<see cref="Entry"/>), through <c>StrategyActor</c> (a stand-in strategy signalling on every bar), the
/// risk guardian (decision journaled), the order router (order journaled before sending, rate
/// limiter, thread-pool hop) to the moment the order is handed to the in-process simulated venue.
/// One tick at a time; each tick's latency goes into a histogram printed in the log
/// (<c>// [latency]</c> lines). The venue refuses every entry (injected <c>reject=1</c> fault), so
/// the guardian's one-entry-per-symbol slot frees itself and every bar can trade; a tick ends when
/// that refusal has reached the event stream; the next one starts at once or after an idle pause
/// (<see cref="PauseMs"/>). The venue simulates only the traded symbol, in hourly bars, so the work
/// between ticks is the node's, not a 16-symbol minute-bar market catching up an hour per tick. Baseline: the real <see cref="SymbolSignalEngine"/>'s
/// <c>OnClosedCandle</c> for one bar (all three strategies), the floor of any tick.
/// </summary>
[Config(typeof(ActorsBenchmarkConfig))]
public class TickToOrderBenchmarks
{
    private const int Ticks = 300;
    private const int WarmBars = 500;

    // The warm-up invocation (Monitoring runs no separate jitting pass): its ticks are left out of the percentiles.
    private const int SkippedInvocations = 1;
    private const string Symbol = "BTC";
    private const decimal Price = 60_000m;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private readonly LatencyHistogram nodeLatency = new("tick to order");
    private readonly LatencyHistogram engineLatency = new("SymbolSignalEngine.OnClosedCandle");
    private BenchNode bench = null!;
    private BenchJournalFile? journalFile;
    private IReadOnlyList<Candle> bars = [];
    private SymbolSignalEngine engine = null!;
    private int nextEngineBar;
    private int nextTickBar;
    private volatile Tick current = new("", new(), new());
    private IActorRef entry = ActorRefs.Nobody;

    /// <summary>Where the node journals: in memory, or the SQLite file (durable, fsync per commit) the host uses.</summary>
    [Params("memory", "sqlite")]
    public string Journal { get; set; } = "memory";

    /// <summary>
    /// Idle milliseconds before each tick. 0: ticks back to back, every thread and cache warm (the
    /// floor). 5: the node idles before every bar, as it does between bar closes, so pool threads
    /// are parked and caches cold when the bar comes (closer to a live node).
    /// </summary>
    [Params(0, 5)]
    public int PauseMs { get; set; }

    /// <summary>
    /// Where the bar enters, at t0. "strategy": told to the symbol's <c>StrategyActor</c>
    /// (<c>/user/strategies/BTC/strategy</c>), the "a closed candle entering StrategyActor".
    /// "supervisor": told to the strategies supervisor as the market data actor does, two more hops
    /// (the supervisor, then the symbol's backoff supervisor).
    /// </summary>
    [Params("strategy", "supervisor")]
    public string Entry { get; set; } = "strategy";

    [GlobalSetup(Target = nameof(SymbolSignalEngine_on_one_closed_bar))]
    public void SetupEngine()
    {
        bars = BenchBars.Btc(WarmBars + 4_000, new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero));
        NewEngine();
    }

    [GlobalCleanup(Target = nameof(SymbolSignalEngine_on_one_closed_bar))]
    public void CleanupEngine() => Console.WriteLine(engineLatency.Summary(SkippedInvocations * Ticks));

    // Blocks: the in-process toolchain does not wait for an asynchronous setup before measuring.
    [GlobalSetup(Target = nameof(Tick_to_order_through_the_node))]
    public void SetupNode() => SetupNodeAsync().GetAwaiter().GetResult();

    [GlobalCleanup(Target = nameof(Tick_to_order_through_the_node))]
    public void CleanupNode() => CleanupNodeAsync().GetAwaiter().GetResult();

    private async Task SetupNodeAsync()
    {
        bench = new BenchNode(Venue(), _ => []);
        var settings = bench.Settings([Symbol]) with
        {
            Strategies = new StrategySettings { Engine = static (symbol, s) => new SignalOnEveryBar(symbol, s.Timeframe) },
        };
        IPersistencePlugin plugin;
        if (string.Equals(Journal, "sqlite", StringComparison.Ordinal))
        {
            journalFile = new BenchJournalFile();
            plugin = await journalFile.OpenAsync();
        }
        else
        {
            plugin = BenchJournalFile.InMemory();
        }

        await bench.StartAsync(plugin, settings);
        await bench.WaitUntilTradingAsync();
        entry = string.Equals(Entry, "strategy", StringComparison.Ordinal)
            ? await bench.System.ActorSelection($"/user/strategies/{Symbol}/strategy").ResolveOne(Patience)
            : bench.Node.Strategies;
        bench.Exchange.EntryPlaced = (_, at) => current.Placed.TrySetResult(at);
        var probe = bench.System.ActorOf(
            TickProbe.Props(() => current.Settled.TrySetResult(), OnRefused),
            "tick-probe");
        bench.System.EventStream.Subscribe<EntryAbandoned>(probe);
        bench.System.EventStream.Subscribe<SignalRejected>(probe);
    }

    /// <summary>
    /// The venue refuses every entry, lists only the traded symbol and simulates hourly bars: each
    /// tick moves market time by an hour, and the default venue (16 symbols, minute bars) then
    /// simulated 960 bars between two ticks, ~6 MB of garbage and milliseconds of CPU per tick in
    /// this process, whose collections and CPU the measured ticks shared.
    /// </summary>
    private static SimulatedVenueOptions Venue() => new()
    {
        Faults = FaultPlan.Parse("reject=1"),
        Universe = [.. SimulatedUniverse.Default.Where(u => string.Equals(u.Instrument.Symbol, Symbol, StringComparison.Ordinal))],
        SyntheticTimeframe = Timeframe.H1,
        HistoryBars = 2,
    };

    private async Task CleanupNodeAsync()
    {
        Console.WriteLine(nodeLatency.Summary(SkippedInvocations * Ticks) + " (journal: " + Journal + ", pause: " + PauseMs.ToString(CultureInfo.InvariantCulture) + " ms, entry: " + Entry + ")");
        await bench.DisposeAsync();
        journalFile?.Dispose();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Ticks)]
    public int SymbolSignalEngine_on_one_closed_bar()
    {
        var signals = 0;
        for (var i = 0; i < Ticks; i++)
        {
            if (nextEngineBar == bars.Count)
            {
                NewEngine();
            }

            var bar = bars[nextEngineBar++];
            var start = Stopwatch.GetTimestamp();
            signals += engine.OnClosedCandle(bar).Count;
            engineLatency.Record(Stopwatch.GetTimestamp() - start);
        }

        return signals;
    }

    [Benchmark(OperationsPerInvoke = Ticks)]
    public async Task Tick_to_order_through_the_node()
    {
        for (var i = 0; i < Ticks; i++)
        {
            await TickAsync();
        }
    }

    private async Task TickAsync()
    {
        if (PauseMs > 0)
        {
            await Task.Delay(PauseMs);
        }

        var open = BenchNode.Start + TimeSpan.FromHours(nextTickBar++);
        var close = open + TimeSpan.FromHours(1);
        var candle = new CandleClosed(Symbol, "1h", open, close, Price, Price, Price, Price, 10m);
        bench.Clock.Set(close);
        var tick = new Tick(
            string.Create(CultureInfo.InvariantCulture, $"fvg_fill:{Symbol}:1h:{open:yyyy-MM-ddTHH:mm:ssZ}:long"),
            new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously),
            new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        current = tick;

        // The market data actor tells the guardian (freshness, mark) and the strategies each bar.
        bench.Node.RiskGuardian.Tell(candle, ActorRefs.NoSender);
        var entered = Stopwatch.GetTimestamp();
        entry.Tell(candle, ActorRefs.NoSender);
        var handedToVenue = await tick.Placed.Task.WaitAsync(Patience);
        nodeLatency.Record(handedToVenue - entered);
        await tick.Settled.Task.WaitAsync(Patience);
    }

    private void OnRefused(SignalRejected rejected)
    {
        // Read once: the venue's refusal of an order already placed may arrive while the next tick starts.
        var tick = current;
        if (string.Equals(rejected.SignalId, tick.SignalId, StringComparison.Ordinal))
        {
            // A no-op once the order was placed (the venue's refusal of this tick's own order).
            tick.Placed.TrySetException(new InvalidOperationException($"signal {rejected.SignalId} refused before reaching the venue: {rejected.Reason}"));
        }
    }

    private void NewEngine()
    {
        engine = new SymbolSignalEngine(Symbol, Timeframe.H1, [.. StrategyKind.All.Select(StrategyParameters.DefaultFor)]);
        for (var i = 0; i < WarmBars; i++)
        {
            _ = engine.OnClosedCandle(bars[i]);
        }

        nextEngineBar = WarmBars;
    }

    /// <summary>One tick in flight: its signal, when its order reached the venue, and when its refusal settled.</summary>
    private sealed record Tick(string SignalId, TaskCompletionSource<long> Placed, TaskCompletionSource Settled);
}
