namespace FractalTrader.Runtime;

/// <summary>How a SQL journal pages reads and wakes live queries. Immutable.</summary>
/// <param name="TimeProvider">Stamps events and times the live-query poll.</param>
/// <param name="PageSize">Rows per replay or query page.</param>
/// <param name="PageBytes">Payload bytes after which a page ends early.</param>
/// <param name="LiveQueryPollInterval">How often live queries look for writes from other processes.</param>
internal sealed record SqlJournalSettings(TimeProvider TimeProvider, int PageSize, long PageBytes, TimeSpan LiveQueryPollInterval);
