namespace FractalTrader.Messages.Orders;

/// <summary>One order as the router's state holds it: what was requested and what the venue said. Immutable.</summary>
/// <param name="Request">The order as journaled before it was sent.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="OrderId">The venue's id once known.</param>
/// <param name="FilledSize">Size filled as the venue reported it.</param>
public sealed record TrackedOrder(OrderRequested Request, OrderStatus Status, long? OrderId, decimal FilledSize);
