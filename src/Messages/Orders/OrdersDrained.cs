namespace FractalTrader.Messages.Orders;

/// <summary>The router's answer to <see cref="DrainOrders"/>. Immutable.</summary>
/// <param name="Unsettled">Orders whose outcome is still unknown (resolved by client id at the next start).</param>
public sealed record OrdersDrained(int Unsettled);
