using FractalTrader.Exchange.Orders;

namespace FractalTrader.Exchange.Simulated;

/// <summary>One of an account's orders changed (placed, filled, cancelled, triggered, rejected).</summary>
/// <param name="Account">Account address.</param>
/// <param name="Status">The order's new status.</param>
public sealed record OrderChanged(string Account, OrderStatusReport Status) : VenueEvent;
