using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace FractalTrader.Runtime;

/// <summary>
/// The journal on a SQLite file: write-ahead logging, the configured <c>synchronous</c> level on
/// the writer's connection, pooled connections for readers, and a file identified by its
/// <c>application_id</c> and versioned by <c>schema_migrations</c>.
/// </summary>
internal sealed class SqliteDialect : SqlDialect
{
    private const int SqliteBusy = 5;
    private const int SqliteReadOnly = 8;
    private const int SqliteCorrupt = 11;
    private const int SqliteCantOpen = 14;
    private const int SqliteConstraint = 19;
    private const int SqliteNotADatabase = 26;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    private readonly SqliteJournalOptions options;
    private readonly string readConnectionString;
    private readonly string writeConnectionString;

    public SqliteDialect(SqliteJournalOptions options)
    {
        this.options = options;
        Location = Path.GetFullPath(options.Path);
        readConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Location,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();

        // The writer's connection carries per-connection settings (synchronous, max_page_count), so it never goes back to a pool.
        writeConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Location,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString();
    }

    public override string Location { get; }

    public override async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(Location);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await using var connection = new SqliteConnection(writeConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);

            // Look before touching anything: a file that is not ours, or is newer, stays exactly as it is.
            var applicationId = await ScalarAsync<long>(connection, "PRAGMA application_id", cancellationToken);
            var schemaObjects = await ScalarAsync<long>(connection, "SELECT COUNT(*) FROM sqlite_master", cancellationToken);
            var isNew = applicationId == 0 && schemaObjects == 0;
            if (!isNew && applicationId != SqliteSchema.ApplicationId)
            {
                throw OpenError(
                    $"is a SQLite database but not a FractalTrader journal (application_id {applicationId}, {schemaObjects} schema objects); nothing was changed");
            }

            EnsureWritable(connection);
            var version = isNew ? 0 : await ReadSchemaVersionAsync(connection, cancellationToken);
            if (version > SqliteSchema.LatestVersion)
            {
                throw OpenError(
                    $"has schema version {version}, newer than this build supports ({SqliteSchema.LatestVersion}); "
                    + "run a newer FractalTrader on it; nothing was changed");
            }

            var mode = await ScalarAsync<string>(connection, "PRAGMA journal_mode=WAL", cancellationToken);
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                throw OpenError($"cannot use write-ahead logging (journal_mode stays '{mode}')");
            }

            if (version < SqliteSchema.LatestVersion)
            {
                await MigrateAsync(connection, cancellationToken);
            }
        }
        catch (SqliteException e)
        {
            throw OpenError(Describe(e), e);
        }
    }

    public override async Task<DbConnection> OpenWriteConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(writeConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            EnsureWritable(connection);
            await ExecuteAsync(connection, $"PRAGMA synchronous = {(int)options.Synchronous}", cancellationToken);
            if (options.MaxPageCount is { } maxPages)
            {
                await ExecuteAsync(connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA max_page_count = {maxPages}"), cancellationToken);
            }

            return connection;
        }
        catch (SqliteException e)
        {
            await connection.DisposeAsync();
            throw OpenError(Describe(e), e);
        }
        catch (JournalOpenException)
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public override async Task<DbConnection> OpenReadConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(readConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public override JournalRowInsert CreateRowInsert(DbConnection connection) =>
        new SqliteJournalRowInsert((SqliteConnection)connection, Statements.InsertEvent);

    public override bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: SqliteConstraint } e
        && e.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey;

    public override ValueTask DisposeAsync()
    {
        using var pooled = new SqliteConnection(readConnectionString);
        SqliteConnection.ClearPool(pooled);
        return ValueTask.CompletedTask;
    }

    private static string Describe(SqliteException e) => e.SqliteErrorCode switch
    {
        SqliteNotADatabase => "is not a SQLite database, so not a journal; nothing was changed",
        SqliteCantOpen => $"cannot be opened (is the folder missing or not writable?): {e.Message}",
        SqliteReadOnly => "is read-only, so events could not be made durable; nothing was changed",
        SqliteCorrupt => $"is damaged: {e.Message}",
        SqliteBusy => "is locked by another process",
        _ => $"cannot be opened as a journal: {e.Message}",
    };

    private static async Task<T> ScalarAsync<T>(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(sql);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return (T)Convert.ChangeType(value!, typeof(T), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<long> ReadSchemaVersionAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var hasTable = await ScalarAsync<long>(
            connection, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'", cancellationToken);
        if (hasTable == 0)
        {
            throw OpenError("is marked as a FractalTrader journal but has no schema_migrations table: it is damaged; nothing was changed");
        }

        return await ScalarAsync<long>(connection, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations", cancellationToken);
    }

    private async Task MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        // BEGIN IMMEDIATE: a second process starting at the same moment waits, then sees the migrations done.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, SqliteSchema.CreateMigrationsTable, cancellationToken);
        await ExecuteAsync(connection, $"PRAGMA application_id = {SqliteSchema.ApplicationId}", cancellationToken);
        var current = await ScalarAsync<long>(connection, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations", cancellationToken);
        foreach (var migration in SqliteSchema.Migrations.Where(m => m.Version > current))
        {
            foreach (var statement in migration.Statements)
            {
                await ExecuteAsync(connection, statement, cancellationToken);
            }

            await using var record = connection.Command("INSERT INTO schema_migrations (version, description, applied_at) VALUES (@version, @description, @at)")
                .With("@version", migration.Version)
                .With("@description", migration.Description)
                .With("@at", options.TimeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private void EnsureWritable(SqliteConnection connection)
    {
        if (raw.sqlite3_db_readonly(connection.Handle, "main") == 1)
        {
            throw OpenError("is read-only (file or folder permissions, or an immutable file), so events could not be made durable; nothing was changed");
        }
    }

    private JournalOpenException OpenError(string reason, Exception? inner = null) => new(Location, reason, inner);
}
