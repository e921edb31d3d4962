using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace FractalTrader.Benchmarks.Trading;

/// <summary>
/// In-process jobs for the trading suites: BenchmarkDotNet's generated out-of-process project
/// inherits the repository's warnings-as-errors policy and does not build, and baseline ratios do
/// not need process isolation.
/// </summary>
public static class InProcessJobs
{
    /// <summary>Short runs for microsecond-scale operations.</summary>
    public sealed class Quick : ManualConfig
    {
        public Quick() => AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(8));
    }

    /// <summary>A few timed runs for second-scale operations, after three warm-ups so tiered compilation has settled.</summary>
    public sealed class Monitoring : ManualConfig
    {
        public Monitoring() => AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(8));
    }
}
