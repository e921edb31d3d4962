namespace FractalTrader.Exchange.Orders;

/// <summary>An order's state as the venue reports it (Hyperliquid <c>orderStatus</c>). Immutable.</summary>
/// <param name="Order">The order.</param>
/// <param name="State">Its state.</param>
/// <param name="VenueStatus">The venue's own status word, e.g. <c>reduceOnlyCanceled</c>.</param>
/// <param name="StatusTime">When it entered that state.</param>
public sealed record OrderStatusReport(VenueOrder Order, OrderState State, string VenueStatus, DateTimeOffset StatusTime);
