using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace FractalTrader.Benchmarks.Persistence;

/// <summary>
/// A short monitoring job (each invocation is a whole workload of thousands of durable writes or a
/// million-event replay), run in-process: BenchmarkDotNet's generated project would inherit the
/// repository's build policy (documentation and warnings as errors) and fail to build.
/// </summary>
public sealed class PersistenceBenchmarkConfig : ManualConfig
{
    public PersistenceBenchmarkConfig()
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(8)
            .WithToolchain(InProcessEmitToolchain.Instance));
    }
}
