namespace FractalTrader.Messages.Orders;

/// <summary>Shutdown: the router accepts no new entry and answers <see cref="OrdersDrained"/> once nothing is in flight.</summary>
public sealed record DrainOrders;
