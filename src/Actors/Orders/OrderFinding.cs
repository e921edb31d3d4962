using FractalTrader.Exchange.Orders;
using FractalTrader.Messages.Reconciliation;

namespace FractalTrader.Actors.Orders;

/// <summary>
/// What a reconciliation found about one order and hands to the router to act on: an orphan to
/// cancel or keep, or a resting order gone from the venue with the venue's status of it. Immutable.
/// </summary>
/// <param name="Divergence">Both views and the action; null when the venue's status explains the difference (a stop that triggered, a target the venue cancelled with its flat position), which is adopted without an alert.</param>
/// <param name="Symbol">Coin.</param>
/// <param name="ClientOrderId">The order's client id, if any.</param>
/// <param name="VenueOrderId">The venue's id, if known.</param>
/// <param name="Status">For an order missing from the venue's open orders: its status there (null: the venue never saw it).</param>
internal sealed record OrderFinding(OrderDivergence? Divergence, string Symbol, string? ClientOrderId, long? VenueOrderId, OrderStatusReport? Status);
