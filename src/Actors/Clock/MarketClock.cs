namespace FractalTrader.Actors.Clock;

/// <summary>
/// The time trading decisions run on: the wall clock live, an accelerated clock when paper
/// trading replays history (the venue and the node then share it). Actor timers and ask timeouts
/// stay on the actor system's clock; durations an actor hands to the venue (the dead-man's switch)
/// are converted with <see cref="ToMarket"/>. Immutable and thread-safe.
/// </summary>
/// <param name="Time">Market time.</param>
/// <param name="Speed">Market seconds per wall second (1 live).</param>
public sealed record MarketClock(TimeProvider Time, double Speed)
{
    /// <summary>The wall clock at normal speed.</summary>
    public static MarketClock Live { get; } = new(TimeProvider.System, 1);

    /// <summary>Market time now.</summary>
    public DateTimeOffset Now => Time.GetUtcNow();

    /// <summary>The market-time span that passes during <paramref name="wall"/> of wall time.</summary>
    public TimeSpan ToMarket(TimeSpan wall) => TimeSpan.FromTicks((long)(wall.Ticks * Speed));
}
