using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using FractalTrader.Trading.Backtesting;
using FractalTrader.Trading.Risk;
using FractalTrader.Trading.Strategies;

namespace FractalTrader.Benchmarks.Trading;

/// <summary>
/// A backtest of 1,000,000 candles with all three strategies, beside the same replay with no
/// strategy (the backtester's own loop: fills, marking, risk bookkeeping). Candles per second =
/// 1,000,000 / mean. On a shared machine wall time includes waiting for a core, so the suite
/// also prints the CPU time each benchmark used per invocation.
/// </summary>
[Config(typeof(InProcessJobs.Monitoring))]
[MemoryDiagnoser]
public class BacktestThroughputBenchmarks
{
    private const int Candles = 1_000_000;

    private readonly StrategyParameters[] strategies = [.. StrategyKind.All.Select(StrategyParameters.DefaultFor)];
    private BacktestMarket market = null!;
    private BacktestOptions options = null!;
    private TimeSpan cpuBefore;
    private TimeSpan cpuUsed;
    private int invocations;

    [GlobalSetup]
    public void Load()
    {
        market = BenchmarkMarket.BtcMarket(Candles);
        options = new BacktestOptions { Instruments = [InstrumentRules.WithSizeDecimals("BTC", 5)] };
    }

    [IterationSetup]
    public void StartCpuClock() => cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;

    [IterationCleanup]
    public void StopCpuClock()
    {
        cpuUsed += Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        invocations++;
    }

    [GlobalCleanup]
    public void ReportCpuTime()
    {
        var perInvocation = cpuUsed / Math.Max(1, invocations);
        Console.WriteLine(FormattableString.Invariant(
            $"// CPU time: {perInvocation.TotalMilliseconds:F0} ms per invocation over {invocations} invocations = {Candles / perInvocation.TotalSeconds / 1e6:F2} M candles per CPU-second"));
        cpuUsed = TimeSpan.Zero;
        invocations = 0;
    }

    /// <summary>The replay loop alone.</summary>
    [Benchmark(Baseline = true)]
    public int ReplayOnly() => Backtester.Run([market], [], options).Equity.Count;

    /// <summary>The full backtest: three strategies, risk desk, fills and metrics.</summary>
    [Benchmark]
    public int ThreeStrategies() => Backtester.Run([market], strategies, options).Trades.Count;
}
