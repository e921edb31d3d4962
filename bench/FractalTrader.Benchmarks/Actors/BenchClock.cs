namespace FractalTrader.Benchmarks.Actors;

/// <summary>
/// Market time the benchmark sets (bar by bar); timers are the system's. Thread-safe. Written
/// here because the shared manual clock lives in a test project the benchmarks do not reference.
/// </summary>
internal sealed class BenchClock(DateTimeOffset start) : TimeProvider
{
    private long ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref ticks), TimeSpan.Zero);

    public void Set(DateTimeOffset now) => Interlocked.Exchange(ref ticks, now.UtcTicks);
}
