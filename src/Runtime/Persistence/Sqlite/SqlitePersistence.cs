namespace FractalTrader.Runtime;

/// <summary>
/// The embedded journal, snapshot store and read journal in one SQLite file: WAL with durable
/// commits by default, group commit of concurrent writes by a single writer, schema created and
/// migrated on first start. Thread-safe; dispose to commit what is queued and close the file.
/// </summary>
/// <example>
/// <code>
/// var serializer = new EventSerializerBuilder().Register&lt;OrderFilled&gt;("order-filled").Build();
/// await using var persistence = await SqlitePersistence.OpenAsync(new SqliteJournalOptions("data/state/journal.db"), serializer);
/// await persistence.Journal.WriteMessagesAsync([new AtomicWrite(new Persistent(fill, "portfolio", 1, writerGuid))]);
/// </code>
/// </example>
public sealed class SqlitePersistence : IPersistencePlugin
{
    private readonly SqliteDialect dialect;
    private readonly GroupCommitWriter writer;
    private readonly SqlJournal journal;

    private SqlitePersistence(SqliteDialect dialect, GroupCommitWriter writer, SqlJournal journal, SqlSnapshotStore snapshots)
    {
        this.dialect = dialect;
        this.writer = writer;
        this.journal = journal;
        SnapshotStore = snapshots;
    }

    /// <summary>The journal file's full path.</summary>
    public string Path => dialect.Location;

    /// <inheritdoc />
    public IAsyncWriteJournal Journal => journal;

    /// <inheritdoc />
    public ISnapshotStore SnapshotStore { get; }

    /// <inheritdoc />
    public IReadJournal ReadJournal => journal;

    /// <summary>Opens (or creates) the journal file and starts its writer.</summary>
    /// <exception cref="JournalOpenException">
    /// The file is not a journal, has a newer schema, is read-only or cannot be opened; the message
    /// names the file, and nothing in it was changed.
    /// </exception>
    public static async Task<SqlitePersistence> OpenAsync(SqliteJournalOptions options, EventSerializer serializer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(serializer);
        if (options.MaxBatchRows < 1 || options.PageSize < 1)
        {
            throw new ArgumentException($"MaxBatchRows ({options.MaxBatchRows}) and PageSize ({options.PageSize}) must be at least 1.", nameof(options));
        }

        var sqlite = new SqliteDialect(options);
        var committed = new CommitSignal();
        var groupCommit = new GroupCommitWriter(sqlite, options.MaxBatchRows, committed);
        try
        {
            await sqlite.InitializeAsync(cancellationToken);
            await groupCommit.StartAsync(cancellationToken);
        }
        catch
        {
            await groupCommit.DisposeAsync();
            await sqlite.DisposeAsync();
            throw;
        }

        var settings = new SqlJournalSettings(options.TimeProvider, options.PageSize, PageBytes: 8 << 20, options.LiveQueryPollInterval);
        var events = new SqlJournal(sqlite, groupCommit, serializer, committed, settings);
        return new SqlitePersistence(sqlite, groupCommit, events, new SqlSnapshotStore(sqlite, groupCommit, serializer));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await writer.DisposeAsync();
        await dialect.DisposeAsync();
    }
}
