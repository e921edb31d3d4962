using FractalTrader.Messages.Journal;

namespace FractalTrader.Messages.Risk;

/// <summary>Journal event: an entry filled (the daily entry count breaker counts fills, not signals or orders). Immutable.</summary>
/// <param name="Symbol">Coin.</param>
/// <param name="At">When.</param>
public sealed record EntryFillRecorded(string Symbol, DateTimeOffset At) : IJournalEvent;
