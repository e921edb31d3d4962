namespace FractalTrader.Exchange.Simulated;

/// <summary>
/// Market time that runs <see cref="Speed"/> times faster than the wall clock: at wall time
/// <see cref="WallOrigin"/> it reads <see cref="MarketOrigin"/>, and each wall second later it has
/// moved <see cref="Speed"/> seconds. Timers fire at market-time due times (a market hour passes in
/// a wall second at 3600x), so a simulated venue replays history fast and every process started
/// with the same origin and speed agrees on the time. Thread-safe.
/// </summary>
public sealed class AcceleratedClock : TimeProvider
{
    private readonly TimeProvider wall;

    /// <summary>Creates the clock.</summary>
    /// <param name="marketOrigin">Market time at <paramref name="wallOrigin"/>.</param>
    /// <param name="wallOrigin">The wall time the clocks are anchored at.</param>
    /// <param name="speed">Market seconds per wall second; at least 1.</param>
    /// <param name="wall">The wall clock; the default is <see cref="TimeProvider.System"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">Speed below 1 or not finite.</exception>
    public AcceleratedClock(DateTimeOffset marketOrigin, DateTimeOffset wallOrigin, double speed, TimeProvider? wall = null)
    {
        if (!double.IsFinite(speed) || speed < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(speed), speed, "The market clock's speed must be a finite number of at least 1.");
        }

        MarketOrigin = marketOrigin;
        WallOrigin = wallOrigin;
        Speed = speed;
        this.wall = wall ?? System;
    }

    /// <summary>Market time at <see cref="WallOrigin"/>.</summary>
    public DateTimeOffset MarketOrigin { get; }

    /// <summary>The wall time the clock is anchored at.</summary>
    public DateTimeOffset WallOrigin { get; }

    /// <summary>Market seconds per wall second.</summary>
    public double Speed { get; }

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <inheritdoc />
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => MarketOrigin + Scale(wall.GetUtcNow() - WallOrigin);

    /// <inheritdoc />
    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new WallTimer(wall.CreateTimer(callback, state, ToWall(dueTime), ToWall(period)), this);

    /// <summary>The wall time a market-time span takes.</summary>
    public TimeSpan ToWall(TimeSpan marketSpan) =>
        marketSpan == Timeout.InfiniteTimeSpan || marketSpan <= TimeSpan.Zero ? marketSpan : TimeSpan.FromTicks(Math.Max(1, (long)(marketSpan.Ticks / Speed)));

    private TimeSpan Scale(TimeSpan wallSpan) => TimeSpan.FromTicks((long)(wallSpan.Ticks * Speed));

    /// <summary>A wall-clock timer whose due times and periods are given in market time.</summary>
    private sealed class WallTimer(ITimer inner, AcceleratedClock clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(clock.ToWall(dueTime), clock.ToWall(period));

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
