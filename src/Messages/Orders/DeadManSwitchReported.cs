namespace FractalTrader.Messages.Orders;

/// <summary>
/// The order router armed the venue's dead-man's switch, or failed to: published on the event
/// stream after every attempt, so a dashboard or health check sees whether the venue would cancel
/// our orders if this node went silent. Immutable.
/// </summary>
/// <param name="ArmedUntil">When the venue cancels everything unless armed again (market time); null when it is not known to be armed.</param>
/// <param name="Failure">Why the last attempt failed; null when it succeeded.</param>
/// <param name="At">When.</param>
public sealed record DeadManSwitchReported(DateTimeOffset? ArmedUntil, string? Failure, DateTimeOffset At);
