using FractalTrader.Messages.Journal;

namespace FractalTrader.Messages.Portfolio;

/// <summary>
/// Journal event: the ledger began here. Fills before it are not read; positions the venue held
/// already are adopted by reconciliation (a correction with both views), never rebuilt from an
/// incomplete fill history. Immutable.
/// </summary>
/// <param name="At">Venue time from which fills are recorded.</param>
public sealed record LedgerOpened(DateTimeOffset At) : IJournalEvent;
