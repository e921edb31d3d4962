using System.Data.Common;

namespace FractalTrader.Runtime;

/// <summary>
/// What differs between SQL engines behind the journal: opening and checking the store, creating
/// and migrating its schema, connection settings, and reading error codes. Everything else (group
/// commit, paging, serialization) is shared, so PostgreSQL drops in beside SQLite.
/// </summary>
internal abstract class SqlDialect : IAsyncDisposable
{
    /// <summary>Names the store in errors (a file path or host/database, never a password).</summary>
    public abstract string Location { get; }

    /// <summary>The statements to run; <see cref="SqlStatements.Standard"/> unless the engine needs others.</summary>
    public virtual SqlStatements Statements => SqlStatements.Standard;

    /// <summary>
    /// Checks that the store is a journal this build can use and brings its schema up to date,
    /// creating it on first start. Changes nothing when the check fails.
    /// </summary>
    /// <exception cref="JournalOpenException">Not a journal, a newer schema, read-only, unreachable.</exception>
    public abstract Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Opens the single connection the group-commit writer uses, with durable-commit settings.</summary>
    public abstract Task<DbConnection> OpenWriteConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Opens (or takes from a pool) a connection for replay and queries.</summary>
    public abstract Task<DbConnection> OpenReadConnectionAsync(CancellationToken cancellationToken);

    /// <summary>The writer's INSERT of one untagged row (<see cref="SqlStatements.InsertEvent"/>) on <paramref name="connection"/>, the writer's, open.</summary>
    public abstract JournalRowInsert CreateRowInsert(DbConnection connection);

    /// <summary>Whether <paramref name="exception"/> is a UNIQUE or primary-key violation.</summary>
    public abstract bool IsUniqueViolation(DbException exception);

    /// <summary>Releases pooled connections so the store is closed.</summary>
    public abstract ValueTask DisposeAsync();
}
