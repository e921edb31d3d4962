namespace FractalTrader.JournalCrashWriter;

/// <summary>One event of a batch: which batch, its place in it, and the batch's size, so a reader can tell a partial batch.</summary>
internal sealed record CrashEvent(long Batch, int Index, int Size, string Filler);
