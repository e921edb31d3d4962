using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using FractalTrader.Trading.Backtesting;
using FractalTrader.Trading.Risk;
using FractalTrader.Trading.Strategies;

namespace FractalTrader.Benchmarks.Trading;

/// <summary>
/// A backtest of 1,000,000 candles with all three strategies, beside the same replay with no
/// strategy (the backtester's own loop: fills, marking, risk bookkeeping). Candles per second =
/// 1,000,000 / mean.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class BacktestThroughputBenchmarks
{
    private const int Candles = 1_000_000;

    private readonly StrategyParameters[] strategies = [.. StrategyKind.All.Select(StrategyParameters.DefaultFor)];
    private BacktestMarket market = null!;
    private BacktestOptions options = null!;

    [GlobalSetup]
    public void Load()
    {
        market = BenchmarkMarket.BtcMarket(Candles);
        options = new BacktestOptions { Instruments = [InstrumentRules.WithSizeDecimals("BTC", 5)] };
    }

    /// <summary>The replay loop alone.</summary>
    [Benchmark(Baseline = true)]
    public int ReplayOnly() => Backtester.Run([market], [], options).Equity.Count;

    /// <summary>The full backtest: three strategies, risk desk, fills and metrics.</summary>
    [Benchmark]
    public int ThreeStrategies() => Backtester.Run([market], strategies, options).Trades.Count;
}
