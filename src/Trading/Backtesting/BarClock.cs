namespace FractalTrader.Trading.Backtesting;

/// <summary>
/// The backtest's clock: it reads what the replay sets, so the risk rules that run live on the
/// system clock see candle time in a backtest. Not thread-safe (one per run).
/// </summary>
internal sealed class BarClock : TimeProvider
{
    private DateTimeOffset now;

    public void Set(DateTimeOffset time) => now = time;

    public override DateTimeOffset GetUtcNow() => now;
}
