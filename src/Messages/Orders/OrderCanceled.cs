using FractalTrader.Messages.Journal;

namespace FractalTrader.Messages.Orders;

/// <summary>Journal event: we cancelled the order (or found it gone). Immutable.</summary>
/// <param name="ClientOrderId">The order.</param>
/// <param name="Reason">Why.</param>
/// <param name="At">When.</param>
public sealed record OrderCanceled(string ClientOrderId, string Reason, DateTimeOffset At) : IJournalEvent;
