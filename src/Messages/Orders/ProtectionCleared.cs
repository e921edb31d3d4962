using FractalTrader.Messages.Journal;

namespace FractalTrader.Messages.Orders;

/// <summary>Journal event: the symbol's position is flat, so its protective orders are no longer wanted. Immutable.</summary>
/// <param name="Symbol">Coin.</param>
/// <param name="At">When.</param>
public sealed record ProtectionCleared(string Symbol, DateTimeOffset At) : IJournalEvent;
