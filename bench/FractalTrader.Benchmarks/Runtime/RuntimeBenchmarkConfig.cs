using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace FractalTrader.Benchmarks.Runtime;

/// <summary>
/// A short job for a shared 2-core machine: one launch, a few warmups, ten measured iterations;
/// every suite compares against a baseline in the same run, so the ratios are what count.
/// Runs in process: BenchmarkDotNet's generated project would sit under this repository and
/// inherit its build policy (XML docs, warnings as errors), which generated code does not meet.
/// </summary>
public sealed class RuntimeBenchmarkConfig : ManualConfig
{
    public RuntimeBenchmarkConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10).WithToolchain(InProcessEmitToolchain.Instance));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
