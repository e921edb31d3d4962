namespace FractalTrader.Runtime;

/// <summary>One page of journal rows, and whether another page may follow.</summary>
internal readonly record struct SqlPage(List<StoredEvent> Rows, bool MayHaveMore);
