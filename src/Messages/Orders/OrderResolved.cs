using FractalTrader.Messages.Journal;

namespace FractalTrader.Messages.Orders;

/// <summary>
/// Journal event: an order whose answer was lost (ambiguous timeout, or a crash after it was
/// recorded) was settled by asking the venue its status by client id. Immutable.
/// </summary>
/// <param name="ClientOrderId">The order.</param>
/// <param name="Status">What the venue said; <see cref="OrderStatus.NotPlaced"/> when it never saw it.</param>
/// <param name="OrderId">The venue's id when found.</param>
/// <param name="FilledSize">Size filled when found.</param>
/// <param name="Detail">How it was resolved.</param>
/// <param name="At">When.</param>
public sealed record OrderResolved(string ClientOrderId, OrderStatus Status, long? OrderId, decimal FilledSize, string Detail, DateTimeOffset At) : IJournalEvent;
