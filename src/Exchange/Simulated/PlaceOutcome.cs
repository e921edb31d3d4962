using FractalTrader.Exchange.Errors;
using FractalTrader.Exchange.Orders;

namespace FractalTrader.Exchange.Simulated;

/// <summary>What the simulated venue did with an order: accepted (<see cref="Ack"/>) or refused with Hyperliquid's words. Immutable.</summary>
/// <param name="Ack">Set when accepted.</param>
/// <param name="Reason">Set when refused.</param>
/// <param name="Error">Hyperliquid's error text when refused.</param>
public sealed record PlaceOutcome(OrderAck? Ack, RejectReason? Reason = null, string? Error = null)
{
    /// <summary>Whether the order was refused.</summary>
    public bool IsRejected => Ack is null;
}
