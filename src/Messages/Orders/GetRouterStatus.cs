namespace FractalTrader.Messages.Orders;

/// <summary>Asks the order router for a <see cref="RouterStatus"/>.</summary>
public sealed record GetRouterStatus;
