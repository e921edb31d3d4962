using BenchmarkDotNet.Attributes;
using FractalTrader.Trading.MarketData;
using FractalTrader.Trading.Strategies;
using FractalTrader.Trading.Strategies.Live;

namespace FractalTrader.Benchmarks.Trading;

/// <summary>
/// One new candle, all three strategies: the live engine's incremental update against the
/// original's way (recompute every detector and strategy over the last 500 candles).
/// Both are per candle (OperationsPerInvoke); the incremental figure includes creating the
/// engine and filling its first window, spread over 30,000 candles.
/// </summary>
[Config(typeof(InProcessJobs.Quick))]
[MemoryDiagnoser]
public class IncrementalUpdateBenchmarks
{
    private const int Window = 500;
    private const int Warmup = 2_000;
    private const int IncrementalCandles = 30_000;
    private const int BatchCandles = 40;

    private readonly StrategyParameters[] strategies = [.. StrategyKind.All.Select(StrategyParameters.DefaultFor)];
    private CandleSeries series = null!;

    [GlobalSetup]
    public void Load() => series = BenchmarkMarket.Btc(Warmup + IncrementalCandles);

    /// <summary>The original bot's way: every strategy over the 500 candles ending at the new one.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = BatchCandles)]
    public int RecomputeLast500()
    {
        var signals = 0;
        for (var k = 0; k < BatchCandles; k++)
        {
            var window = series.Slice(Warmup + (k * 97) - Window + 1, Window);
            foreach (var parameters in strategies)
            {
                signals += SignalScanner.Scan(window, parameters, "BTC", Timeframe.H1).Count;
            }
        }

        return signals;
    }

    /// <summary>The live engine: one closed candle, signals of that candle only.</summary>
    [Benchmark(OperationsPerInvoke = IncrementalCandles)]
    public int Incremental()
    {
        var engine = new SymbolSignalEngine("BTC", Timeframe.H1, strategies, Window);
        var signals = 0;
        for (var i = 0; i < IncrementalCandles; i++)
        {
            signals += engine.OnClosedBar(series, i).Count;
        }

        return signals;
    }
}
