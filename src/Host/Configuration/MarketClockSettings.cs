namespace FractalTrader.Host.Configuration;

/// <summary>How fast market time runs for the node and a venue sharing its clock. Immutable.</summary>
/// <param name="Speed">Market seconds per wall second, at least 1.</param>
/// <param name="ClockOrigin">When market time equals wall time; null resumes the saved venue time or starts at now.</param>
public sealed record MarketClockSettings(double Speed, DateTimeOffset? ClockOrigin);
