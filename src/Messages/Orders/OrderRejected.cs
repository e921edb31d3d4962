using FractalTrader.Messages.Journal;

namespace FractalTrader.Messages.Orders;

/// <summary>Journal event: the venue refused the order. Immutable.</summary>
/// <param name="ClientOrderId">The order.</param>
/// <param name="Reason">The venue's reason.</param>
/// <param name="At">When.</param>
public sealed record OrderRejected(string ClientOrderId, string Reason, DateTimeOffset At) : IJournalEvent;
