using System.Globalization;
using BenchmarkDotNet.Attributes;
using FractalTrader.Actors.Strategies;
using FractalTrader.Exchange.Instruments;
using FractalTrader.Exchange.Simulated;
using FractalTrader.Trading.MarketData;
using FractalTrader.Trading.Strategies;
using FractalTrader.Trading.Strategies.Live;

namespace FractalTrader.Benchmarks.Actors;

/// <summary>
/// Sustained symbols per node: 1,000 symbols on one trading node (all three real strategies each,
/// warmed up on 300 bars of history at start), fed closed 1h bars round by round through the
/// venue's candle streams: stream task → <c>MarketDataActor</c> (validation gate, history) →
/// strategies supervisor → 1,000 <c>StrategyActor</c>s → <see cref="SymbolSignalEngine"/>; an
/// invocation ends when every strategy actor has evaluated every bar of it. Signals go on to the
/// risk guardian as in production (journal in memory) but are not waited for. Baseline: the same
/// bars fed to 1,000 <see cref="SymbolSignalEngine"/>s directly, on one thread. Per candle.
/// </summary>
[Config(typeof(ActorsBenchmarkConfig))]
public class SymbolsPerNodeBenchmarks
{
    private const int Symbols = 1_000;
    private const int HistoryBars = 300;
    private const int Rounds = 10;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);

    private readonly BarCounter counter = new();
    private IReadOnlyList<string> symbols = [];
    private IReadOnlyList<Candle> bars = [];
    private BenchNode bench = null!;
    private SymbolSignalEngine[] engines = [];
    private int nextNodeBar = HistoryBars;
    private int nextEngineBar = HistoryBars;
    private long evaluatedByNode;

    [GlobalSetup(Target = nameof(Engines_on_one_thread))]
    public void SetupEngines()
    {
        Prepare();
        engines = [.. symbols.Select(s => new SymbolSignalEngine(s, Timeframe.H1, [.. StrategyKind.All.Select(StrategyParameters.DefaultFor)]))];
        foreach (var engine in engines)
        {
            for (var i = 0; i < HistoryBars; i++)
            {
                _ = engine.OnClosedCandle(bars[i]);
            }
        }
    }

    // Blocks: the in-process toolchain does not wait for an asynchronous setup before measuring.
    [GlobalSetup(Target = nameof(Node_market_data_to_strategy_actors))]
    public void SetupNode() => SetupNodeAsync().GetAwaiter().GetResult();

    private async Task SetupNodeAsync()
    {
        Prepare();
        var universe = symbols.Select((s, i) => (new Instrument(s, 1_000 + i, 4, 10), 60_000m)).ToList();
        bench = new BenchNode(
            new SimulatedVenueOptions { Universe = universe, SyntheticTimeframe = Timeframe.H1, HistoryBars = 2 },
            _ => bars);
        var settings = bench.Settings(symbols) with
        {
            Strategies = new StrategySettings
            {
                Engine = (symbol, s) => new CountedStrategies(new EngineStrategies(new SymbolSignalEngine(symbol, s.Timeframe, s.Strategies, s.Window)), counter),
            },
        };
        await bench.StartAsync(BenchJournalFile.InMemory(), settings);
        await bench.WaitUntilTradingAsync();
        evaluatedByNode = (long)Symbols * HistoryBars;
        await counter.WhenReached(evaluatedByNode).WaitAsync(Patience);
    }

    [GlobalCleanup(Target = nameof(Node_market_data_to_strategy_actors))]
    public void CleanupNode() => bench.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, OperationsPerInvoke = Symbols * Rounds)]
    public int Engines_on_one_thread()
    {
        var signals = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var bar = bars[nextEngineBar++];
            foreach (var engine in engines)
            {
                signals += engine.OnClosedCandle(bar).Count;
            }
        }

        return signals;
    }

    [Benchmark(OperationsPerInvoke = Symbols * Rounds)]
    public async Task Node_market_data_to_strategy_actors()
    {
        evaluatedByNode += (long)Symbols * Rounds;
        var done = counter.WhenReached(evaluatedByNode);
        for (var round = 0; round < Rounds; round++)
        {
            var bar = bars[nextNodeBar++];
            bench.Clock.Set(bar.OpenTime + Timeframe.H1.Duration);
            foreach (var symbol in symbols)
            {
                bench.Exchange.Publish(symbol, Timeframe.H1, bar);
            }
        }

        await done.WaitAsync(Patience);
    }

    private void Prepare()
    {
        symbols = [.. Enumerable.Range(0, Symbols).Select(i => string.Create(CultureInfo.InvariantCulture, $"S{i:D4}"))];
        bars = BenchBars.Btc(HistoryBars + 200, BenchNode.Start - (Timeframe.H1.Duration * HistoryBars));
    }
}
