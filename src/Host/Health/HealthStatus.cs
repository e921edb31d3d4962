namespace FractalTrader.Host.Health;

/// <summary>The body of a health answer. Immutable.</summary>
/// <param name="Status">live, failed, ready or starting.</param>
public sealed record HealthStatus(string Status);
