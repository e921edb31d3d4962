using FractalTrader.Messages.Orders;

namespace FractalTrader.Actors.Orders;

/// <summary>The orders the router's journal knows, as the reconciler compares them with the venue's open orders. Immutable.</summary>
/// <param name="Orders">Every tracked order (unsettled, open, recently settled).</param>
/// <param name="Kept">Venue ids of orphan stop and target orders already found and left protecting a position.</param>
/// <param name="Busy">Client ids whose status or cancellation the router is waiting for: in motion, not divergent.</param>
/// <param name="BusyVenueOrders">Venue ids of orphans whose cancellation is in flight.</param>
internal sealed record KnownOrders(IReadOnlyList<TrackedOrder> Orders, IReadOnlySet<long> Kept, IReadOnlySet<string> Busy, IReadOnlySet<long> BusyVenueOrders);
