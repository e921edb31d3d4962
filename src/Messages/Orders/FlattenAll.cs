namespace FractalTrader.Messages.Orders;

/// <summary>Tells the order router to cancel every open order and close every venue position with reduce-only market orders. Immutable.</summary>
/// <param name="Reason">Why (journaled with each exit order's intent).</param>
/// <param name="RequestId">Unique per request, so each request's exit orders get their own client ids.</param>
public sealed record FlattenAll(string Reason, string RequestId);
