namespace FractalTrader.JournalCrashWriter;

/// <summary>One entry of a ledger command: which command, its place in the command's PersistAll, the command's size, and the amount.</summary>
internal sealed record Posted(long Command, int Index, int Size, decimal Amount);
