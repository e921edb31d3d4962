namespace FractalTrader.Messages.Orders;

/// <summary>The order router's state as an operator sees it. Immutable.</summary>
/// <param name="GuardianOnline">Whether the risk guardian is online (entries go out only then).</param>
/// <param name="Recovered">Whether every order recorded before the last start has been resolved against the venue.</param>
/// <param name="Unsettled">Orders whose venue answer is not known yet.</param>
/// <param name="Open">Orders open at the venue as far as the router knows.</param>
/// <param name="Protections">Symbols whose position has stop and target orders.</param>
/// <param name="Sent">Orders sent since this start.</param>
/// <param name="DeadManArmedUntil">When the venue's dead-man's switch cancels our orders unless re-armed (market time); null when not armed.</param>
/// <param name="DeadManFailure">Why arming the dead-man's switch last failed; null when the last attempt succeeded.</param>
public sealed record RouterStatus(bool GuardianOnline, bool Recovered, int Unsettled, int Open, int Protections, long Sent, DateTimeOffset? DeadManArmedUntil = null, string? DeadManFailure = null);
