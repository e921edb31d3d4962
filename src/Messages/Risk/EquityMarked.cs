using FractalTrader.Messages.Journal;

namespace FractalTrader.Messages.Risk;

/// <summary>Journal event: the risk guardian took the venue's equity (drawdown and daily-loss breakers run on it). Immutable.</summary>
/// <param name="Equity">Account equity.</param>
/// <param name="At">When it was read.</param>
public sealed record EquityMarked(decimal Equity, DateTimeOffset At) : IJournalEvent;
