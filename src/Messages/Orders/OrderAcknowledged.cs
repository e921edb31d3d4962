using FractalTrader.Messages.Journal;

namespace FractalTrader.Messages.Orders;

/// <summary>Journal event: the venue answered the order (accepted, or done at once); positions still change only by fills. Immutable.</summary>
/// <param name="ClientOrderId">The order.</param>
/// <param name="OrderId">The venue's order id.</param>
/// <param name="Status">Open, Filled, or the state it was found in.</param>
/// <param name="FilledSize">Size the venue reported filled at once.</param>
/// <param name="AveragePrice">Average price of that, if any.</param>
/// <param name="At">When.</param>
public sealed record OrderAcknowledged(string ClientOrderId, long OrderId, OrderStatus Status, decimal FilledSize, decimal? AveragePrice, DateTimeOffset At) : IJournalEvent;
