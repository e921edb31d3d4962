using BenchmarkDotNet.Attributes;
using FractalTrader.Trading.Backtesting;
using FractalTrader.Trading.Strategies;
using FractalTrader.Trading.WalkForward;

namespace FractalTrader.Benchmarks.Trading;

/// <summary>The same walk-forward analysis on one core (baseline) and on two.</summary>
[Config(typeof(InProcessJobs.Monitoring))]
public class WalkForwardScalingBenchmarks
{
    private BacktestMarket market = null!;
    private ParameterGrid grid = null!;

    [GlobalSetup]
    public void Load()
    {
        market = BenchmarkMarket.BtcMarket(8_000);
        grid = ParameterGrid.Parse([.. StrategyKind.All.Select(StrategyParameters.DefaultFor)], ["fvg_fill.min_gap_percent=0.001,0.002,0.004", "liquidity_sweep.swing_period=3,5"]);
    }

    [Benchmark(Baseline = true)]
    public int OneCore() => Run(1);

    [Benchmark]
    public int TwoCores() => Run(2);

    private int Run(int cores) =>
        WalkForwardAnalysis.Run([market], grid, new WalkForwardOptions { TrainBars = 2_000, TestBars = 1_000, MaxDegreeOfParallelism = cores }).Windows.Count;
}
