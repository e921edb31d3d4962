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
public class PersistenceBenchmarkConfig : ManualConfig
{
    public PersistenceBenchmarkConfig()
        : this(warmups: 2, iterations: 8)
    {
    }

    protected PersistenceBenchmarkConfig(int warmups, int iterations)
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(warmups)
            .WithIterationCount(iterations)
            .WithToolchain(InProcessEmitToolchain.Instance));
    }
}
