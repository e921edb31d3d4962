namespace FractalTrader.Benchmarks.Persistence;

/// <summary>
/// The persistence job with more warm-up and measured invocations: a group-commit invocation lasts
/// a fraction of a second but its time swings with the disk's phases, so the paired ratio's median
/// needs more pairs to settle, and the first few invocations still run code the JIT has not yet
/// optimized.
/// </summary>
public sealed class GroupCommitBenchmarkConfig : PersistenceBenchmarkConfig
{
    /// <summary>The warm-up invocations, whose pairs the paired benchmark leaves out.</summary>
    public const int Warmups = 4;

    public GroupCommitBenchmarkConfig()
        : base(Warmups, iterations: 16)
    {
    }
}
