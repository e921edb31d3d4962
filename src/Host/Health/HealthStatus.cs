namespace FractalTrader.Host.Health;

/// <summary>The body of a health answer. Immutable.</summary>
/// <param name="Status">live, failed, ready or starting.</param>
/// <param name="DeadManSwitch">On <c>/health/ready</c>: whether the venue's dead-man's switch is armed (<c>armed until …</c>, <c>NOT armed: …</c>); a switch that is not armed does not make the node unready.</param>
public sealed record HealthStatus(string Status, string? DeadManSwitch = null);
