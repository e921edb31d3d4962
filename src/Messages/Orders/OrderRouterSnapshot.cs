using FractalTrader.Messages.Journal;

namespace FractalTrader.Messages.Orders;

/// <summary>The order router's state, saved every N events: orders still tracked and the protection in force per symbol. Immutable.</summary>
/// <param name="Orders">Unsettled orders and the most recent settled ones.</param>
/// <param name="Protections">Protection in force, one per symbol.</param>
/// <param name="KeptVenueOrders">Venue ids of orphan stop and target orders a reconciliation left protecting a position (absent in snapshots taken before they existed).</param>
public sealed record OrderRouterSnapshot(IReadOnlyList<TrackedOrder> Orders, IReadOnlyList<ProtectionPlanned> Protections, IReadOnlyList<long>? KeptVenueOrders = null) : IJournalEvent;
