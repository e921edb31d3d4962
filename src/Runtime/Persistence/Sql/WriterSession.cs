using System.Data.Common;

namespace FractalTrader.Runtime;

/// <summary>
/// The writer's connection and its current transaction, with each statement's command prepared
/// once and reused for every row. Used only by the writer loop, so not thread-safe.
/// </summary>
internal sealed class WriterSession(DbConnection connection, SqlDialect dialect) : IAsyncDisposable
{
    private readonly Dictionary<string, DbCommand> commands = new(StringComparer.Ordinal);
    private DbTransaction? transaction;
    private JournalRowInsert? rowInsert;

    public SqlStatements Sql => dialect.Statements;

    public DbConnection Connection => connection;

    public bool IsUniqueViolation(DbException exception) => dialect.IsUniqueViolation(exception);

    /// <summary>The reusable command for <paramref name="sql"/>, enlisted in the current transaction.</summary>
    public DbCommand Prepare(string sql)
    {
        if (!commands.TryGetValue(sql, out var command))
        {
            command = connection.Command(sql);
            commands.Add(sql, command);
        }

        command.Transaction = transaction;
        return command;
    }

    /// <summary>Inserts one untagged journal row in the current transaction.</summary>
    public ValueTask InsertRowAsync(StoredEvent stored, CancellationToken cancellationToken) =>
        (rowInsert ??= dialect.CreateRowInsert(connection)).InsertAsync(stored, transaction, cancellationToken);

    public async Task<DbTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        transaction = await connection.BeginTransactionAsync(cancellationToken);
        return transaction;
    }

    public void EndTransaction() => transaction = null;

    public async ValueTask DisposeAsync()
    {
        foreach (var command in commands.Values)
        {
            await command.DisposeAsync();
        }

        commands.Clear();
        if (rowInsert is not null)
        {
            await rowInsert.DisposeAsync();
        }

        await connection.DisposeAsync();
    }
}
