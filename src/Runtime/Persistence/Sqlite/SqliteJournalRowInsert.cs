using System.Data.Common;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace FractalTrader.Runtime;

/// <summary>
/// The row INSERT on SQLite, bound and stepped through SQLitePCLRaw, the layer Microsoft.Data.Sqlite
/// is built on. Written by hand because it is the writer's hottest path: executing a prepared
/// <c>SqliteCommand</c> also builds a data reader and looks parameters up by name on every row,
/// about a fifth of an insert's cost (bench/results/persistence.md). Connection, transactions and
/// errors stay Microsoft.Data.Sqlite's: the statement runs on the connection's own handle, inside
/// whatever transaction it has open, and a failure is the same <see cref="SqliteException"/>.
/// </summary>
internal sealed class SqliteJournalRowInsert : JournalRowInsert
{
    // Tells SQLite the statement is kept for the connection's life (SQLITE_PREPARE_PERSISTENT).
    private const uint PreparePersistent = 0x01;

    private readonly sqlite3 database;
    private readonly sqlite3_stmt statement;
    private readonly int persistenceId;
    private readonly int sequenceNr;
    private readonly int created;
    private readonly int manifest;
    private readonly int payload;
    private readonly int writerId;

    public SqliteJournalRowInsert(SqliteConnection connection, string sql)
    {
        database = connection.Handle ?? throw new InvalidOperationException("The writer's connection must be open to prepare its insert.");
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v3(database, sql, PreparePersistent, out statement), database);
        persistenceId = Index("@pid");
        sequenceNr = Index("@seq");
        created = Index("@created");
        manifest = Index("@manifest");
        payload = Index("@payload");
        writerId = Index("@writer");

        // Bindings outlive sqlite3_reset, and an unbound parameter is NULL: the tags column stays NULL.
        raw.sqlite3_bind_null(statement, Index("@tags"));
    }

    /// <inheritdoc />
    public override ValueTask InsertAsync(StoredEvent stored, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        Check(raw.sqlite3_bind_text(statement, persistenceId, stored.PersistenceId));
        Check(raw.sqlite3_bind_int64(statement, sequenceNr, stored.SequenceNr));
        Check(raw.sqlite3_bind_int64(statement, created, stored.Timestamp.UtcTicks));
        Check(raw.sqlite3_bind_text(statement, manifest, stored.Manifest));
        Check(stored.Payload.Length == 0
            ? raw.sqlite3_bind_zeroblob(statement, payload, 0)
            : raw.sqlite3_bind_blob(statement, payload, stored.Payload));
        Check(raw.sqlite3_bind_text(statement, writerId, stored.WriterGuid));
        var result = raw.sqlite3_step(statement);
        try
        {
            if (result != raw.SQLITE_DONE)
            {
                // Read before the reset: the message and extended code describe this step's failure.
                SqliteException.ThrowExceptionForRC(result, database);
            }
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public override ValueTask DisposeAsync()
    {
        statement.Dispose();
        return ValueTask.CompletedTask;
    }

    private int Index(string name)
    {
        var index = raw.sqlite3_bind_parameter_index(statement, name);
        return index > 0 ? index : throw new InvalidOperationException($"The journal's insert has no parameter {name}.");
    }

    private void Check(int result) => SqliteException.ThrowExceptionForRC(result, database);
}
