namespace FractalTrader.Runtime;

/// <summary>Where the SQLite journal lives and how it commits. Immutable.</summary>
/// <param name="Path">The database file; created with its schema on first start.</param>
public sealed record SqliteJournalOptions(string Path)
{
    /// <summary>How hard a commit waits for the disk; the default is <see cref="SqliteSynchronousMode.Full"/>.</summary>
    public SqliteSynchronousMode Synchronous { get; init; } = SqliteSynchronousMode.Full;

    /// <summary>
    /// Caps the file at this many pages (SQLite's <c>max_page_count</c>): writes beyond it fail as
    /// storage failures, exactly as on a full disk. Null (the default) leaves SQLite's limit.
    /// </summary>
    public long? MaxPageCount { get; init; }

    /// <summary>The most rows one group commit writes in one transaction; the default is 4096.</summary>
    public int MaxBatchRows { get; init; } = 4096;

    /// <summary>Rows per replay or query page; the default is 1000.</summary>
    public int PageSize { get; init; } = 1000;

    /// <summary>How often live queries look for events written by other processes; the default is one second.</summary>
    public TimeSpan LiveQueryPollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Stamps events and times live-query polls; the default is the system clock.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
