using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace FractalTrader.Benchmarks.Runtime;

/// <summary>
/// A short job for a shared 2-core machine: one launch, a few warmups, ten measured iterations;
/// every suite compares against a baseline in the same run, so the ratios are what count. Each
/// benchmark runs in its own process, so one suite's thread-pool growth (creating 100k actors
/// injects threads) cannot slow the next. BenchmarkDotNet's generated project sits under this
/// repository and would inherit its code policy, which generated code does not meet; global
/// properties on its build turn that policy off for it alone.
/// </summary>
public sealed class RuntimeBenchmarkConfig : ManualConfig
{
    public RuntimeBenchmarkConfig()
    {
        AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(10)
            .WithArguments(
            [
                new MsBuildArgument("/p:TreatWarningsAsErrors=false"),
                new MsBuildArgument("/p:GenerateDocumentationFile=false"),
                new MsBuildArgument("/p:EnforceCodeStyleInBuild=false"),
                new MsBuildArgument("/p:RunAnalyzers=false"),
            ]));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
