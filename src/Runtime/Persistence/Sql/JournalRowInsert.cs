using System.Data.Common;

namespace FractalTrader.Runtime;

/// <summary>
/// The writer's INSERT of one untagged journal row, prepared once per connection so each row only
/// binds values (the writer runs it for every event it commits). The dialect chooses how it is
/// done. Used by the writer loop only, so not thread-safe.
/// </summary>
internal abstract class JournalRowInsert : IAsyncDisposable
{
    /// <summary>Inserts <paramref name="stored"/> inside <paramref name="transaction"/>.</summary>
    /// <exception cref="DbException">The row could not be inserted (a unique violation among others).</exception>
    public abstract ValueTask InsertAsync(StoredEvent stored, DbTransaction? transaction, CancellationToken cancellationToken);

    /// <summary>Releases the prepared statement; called before its connection closes.</summary>
    public abstract ValueTask DisposeAsync();
}
