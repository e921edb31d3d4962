namespace FractalTrader.JournalCrashWriter;

/// <summary>
/// A ledger's state, also its snapshot: entries applied, balance, the last command applied whole,
/// and whether recovery ended inside a command (a partial PersistAll).
/// </summary>
internal sealed record LedgerState(int Entries, decimal Balance, long LastCommand, bool Partial);
