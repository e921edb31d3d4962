namespace FractalTrader.Exchange.Orders;

/// <summary>
/// The venue's answer to a placed or modified order: resting, (partly) filled at once, or — for
/// an outcome resolved after an ambiguous timeout — whatever state it was found in. Immutable.
/// </summary>
/// <param name="OrderId">The venue's order id.</param>
/// <param name="ClientOrderId">The client order id.</param>
/// <param name="State">Open (resting or waiting for its trigger), Filled, or the state found.</param>
/// <param name="FilledSize">Size filled immediately.</param>
/// <param name="AveragePrice">Average fill price of <paramref name="FilledSize"/>, if any.</param>
public sealed record OrderAck(long OrderId, ClientOrderId ClientOrderId, OrderState State, decimal FilledSize, decimal? AveragePrice);
