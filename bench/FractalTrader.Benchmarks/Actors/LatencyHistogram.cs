using System.Diagnostics;
using System.Globalization;

namespace FractalTrader.Benchmarks.Actors;

/// <summary>
/// Latency samples (Stopwatch ticks) with exact percentiles, printed into the benchmark log so the
/// results file can quote them: BenchmarkDotNet's percentile columns describe whole invocations,
/// not the single ticks inside one. Not thread-safe (one writer at a time).
/// </summary>
internal sealed class LatencyHistogram(string name)
{
    private readonly List<long> samples = [];

    public int Count => samples.Count;

    public void Record(long stopwatchTicks) => samples.Add(stopwatchTicks);

    /// <summary>The <paramref name="percentile"/> of the samples after the first <paramref name="skip"/> (the jitting and warm-up invocations').</summary>
    public double PercentileMicroseconds(double percentile, int skip = 0)
    {
        var sorted = samples.Skip(skip).Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)] * 1_000_000.0 / Stopwatch.Frequency;
    }

    /// <summary>One log line with the percentiles of the samples after the first <paramref name="skip"/>.</summary>
    public string Summary(int skip) => string.Create(
        CultureInfo.InvariantCulture,
        $"// [latency] {name}: n={Math.Max(0, Count - skip)} (first {skip} skipped) p50={PercentileMicroseconds(50, skip):F1} us p90={PercentileMicroseconds(90, skip):F1} us p99={PercentileMicroseconds(99, skip):F1} us p99.9={PercentileMicroseconds(99.9, skip):F1} us max={PercentileMicroseconds(100, skip):F1} us");
}
