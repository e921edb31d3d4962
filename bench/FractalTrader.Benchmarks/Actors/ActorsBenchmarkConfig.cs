using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace FractalTrader.Benchmarks.Actors;

/// <summary>
/// A short monitoring job for the node suites (each invocation is a whole workload: hundreds of
/// ticks, thousands of candles or one node start), run in-process: BenchmarkDotNet's generated
/// project would inherit the repository's build policy (warnings as errors) and fail to build.
/// One invocation per iteration for every benchmark, so a suite with an iteration cleanup (which
/// forces that) runs in the same job as its baseline and gets a ratio.
/// </summary>
public sealed class ActorsBenchmarkConfig : ManualConfig
{
    public ActorsBenchmarkConfig()
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(5)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithToolchain(InProcessEmitToolchain.Instance));
    }
}
