using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace FractalTrader.Runtime;

/// <summary>
/// A journal on a SQL database: writes go through the <see cref="GroupCommitWriter"/>; replay and
/// queries read in pages on pooled connections, each page read completely before its events are
/// handed out (replay reads one page ahead), so memory is bounded and no read holds the database
/// while the caller works. Thread-safe.
/// </summary>
internal sealed class SqlJournal : IAsyncWriteJournal, IReadJournal
{
    private readonly SqlDialect dialect;
    private readonly GroupCommitWriter writer;
    private readonly EventSerializer serializer;
    private readonly CommitSignal committed;
    private readonly SqlJournalSettings settings;

    public SqlJournal(SqlDialect dialect, GroupCommitWriter writer, EventSerializer serializer, CommitSignal committed, SqlJournalSettings settings)
    {
        this.dialect = dialect;
        this.writer = writer;
        this.serializer = serializer;
        this.committed = committed;
        this.settings = settings;
    }

    private SqlStatements Sql => dialect.Statements;

    /// <inheritdoc />
    public Task<IReadOnlyList<Exception?>> WriteMessagesAsync(IReadOnlyList<AtomicWrite> messages, CancellationToken cancellationToken = default)
    {
        // Not async: every persist comes through here, and the job's own task already completes with the results.
        ArgumentNullException.ThrowIfNull(messages);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<IReadOnlyList<Exception?>>(cancellationToken);
        }

        var now = settings.TimeProvider.GetUtcNow();
        var results = new Exception?[messages.Count];
        var accepted = new AcceptedWrite[messages.Count];
        var acceptedCount = 0;
        var rows = 0;
        for (var i = 0; i < messages.Count; i++)
        {
            var events = JournalSerialization.TrySerialize(messages[i], serializer, now, out var rejection);
            results[i] = rejection;
            if (events is not null)
            {
                accepted[acceptedCount++] = new AcceptedWrite(messages[i], events);
                rows += events.Length;
            }
        }

        if (acceptedCount == 0)
        {
            return Task.FromResult<IReadOnlyList<Exception?>>(results);
        }

        if (acceptedCount < accepted.Length)
        {
            Array.Resize(ref accepted, acceptedCount);
        }

        try
        {
            // Cancelling stops the wait, not the write: once queued it may still become durable.
            var durable = writer.EnqueueAsync(new WriteJob(rows, static (session, state, ct) => InsertAsync(session, (AcceptedWrite[])state!, ct), accepted, results));
            return cancellationToken.CanBeCanceled ? durable.WaitAsync(cancellationToken) : durable;
        }
        catch (JournalStorageException closed)
        {
            return Task.FromException<IReadOnlyList<Exception?>>(closed);
        }
    }

    /// <inheritdoc />
    public Task DeleteMessagesToAsync(string persistenceId, long toSequenceNr, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(persistenceId);
        cancellationToken.ThrowIfCancellationRequested();
        return writer.EnqueueAsync(new WriteJob(1, async (session, ct) =>
        {
            foreach (var sql in new[] { session.Sql.DeleteTagsTo, session.Sql.DeleteEventsTo, session.Sql.MarkDeletedTo })
            {
                await session.Prepare(sql).With("@pid", persistenceId).With("@to", toSequenceNr).ExecuteNonQueryAsync(ct);
            }
        })).WaitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<long> ReadHighestSequenceNrAsync(string persistenceId, long fromSequenceNr, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(persistenceId);
        try
        {
            await using var connection = await dialect.OpenReadConnectionAsync(cancellationToken);
            await using var command = connection.Command(Sql.HighestSequenceNr).With("@pid", persistenceId);
            var highest = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            return Math.Max(highest, fromSequenceNr);
        }
        catch (DbException e)
        {
            throw ReadFailure($"reading the highest sequence nr of '{persistenceId}'", e);
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<Persistent> ReplayMessagesAsync(
        string persistenceId, long fromSequenceNr, long toSequenceNr, long max, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(persistenceId);
        var next = Math.Max(fromSequenceNr, 1);
        var remaining = max;
        if (remaining <= 0 || next > toSequenceNr)
        {
            yield break;
        }

        DbConnection? connection = null;
        Task<SqlPage>? ahead = null;
        try
        {
            try
            {
                connection = await dialect.OpenReadConnectionAsync(cancellationToken);
            }
            catch (DbException e)
            {
                throw ReadFailure($"replaying '{persistenceId}' from sequence nr {next}", e);
            }

            ahead = ReadReplayPageAsync(connection, persistenceId, next, toSequenceNr, remaining, cancellationToken);
            while (ahead is not null)
            {
                var page = await ahead;
                ahead = null;
                remaining -= page.Rows.Count;
                if (page.MayHaveMore && remaining > 0 && page.Rows[^1].SequenceNr < toSequenceNr)
                {
                    // Read-ahead: the next page is read while this one is deserialized and applied,
                    // so reading and deserializing use both cores; memory stays at two pages.
                    var (reader, from, left) = (connection, page.Rows[^1].SequenceNr + 1, remaining);
                    ahead = Task.Run(() => ReadReplayPageAsync(reader, persistenceId, from, toSequenceNr, left, cancellationToken), cancellationToken);
                }

                // An unreadable row throws here, naming its id and sequence nr, after every event before it.
                foreach (var stored in page.Rows)
                {
                    yield return JournalSerialization.ToPersistent(serializer, stored);
                }
            }
        }
        finally
        {
            if (ahead is not null)
            {
                // The caller stopped early or a row was unreadable: the read in flight must end before its connection closes.
                await ((Task)ahead).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }

            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
        }
    }

    /// <inheritdoc />
    public IAsyncEnumerable<EventEnvelope> CurrentEventsByTag(string tag, long fromOffset = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tag);
        return CurrentAsync(
            $"reading events tagged '{tag}'",
            (connection, from, to, limit) => connection.Command(Sql.EventsByTagPage).With("@tag", tag).With("@from", from).With("@to", to).With("@limit", limit),
            fromOffset,
            cancellationToken);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<EventEnvelope> EventsByTag(string tag, long fromOffset = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tag);
        return LiveEventStream.Follow(
            (offset, ct) => CurrentEventsByTag(tag, offset, ct), fromOffset, committed, settings.LiveQueryPollInterval, settings.TimeProvider, cancellationToken);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<EventEnvelope> CurrentAllEvents(long fromOffset = 0, CancellationToken cancellationToken = default) =>
        CurrentAsync(
            "reading all events",
            (connection, from, to, limit) => connection.Command(Sql.AllEventsPage).With("@from", from).With("@to", to).With("@limit", limit),
            fromOffset,
            cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<EventEnvelope> AllEvents(long fromOffset = 0, CancellationToken cancellationToken = default) =>
        LiveEventStream.Follow(CurrentAllEvents, fromOffset, committed, settings.LiveQueryPollInterval, settings.TimeProvider, cancellationToken);

    /// <inheritdoc />
    public async IAsyncEnumerable<string> CurrentPersistenceIds([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var after = string.Empty;
        while (true)
        {
            var ids = new List<string>(settings.PageSize);
            try
            {
                await using var connection = await dialect.OpenReadConnectionAsync(cancellationToken);
                await using var command = connection.Command(Sql.PersistenceIdsPage).With("@after", after).With("@limit", settings.PageSize);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    ids.Add(reader.GetString(0));
                }
            }
            catch (DbException e)
            {
                throw ReadFailure("listing persistence ids", e);
            }

            foreach (var id in ids)
            {
                yield return id;
            }

            if (ids.Count < settings.PageSize)
            {
                yield break;
            }

            after = ids[^1];
        }
    }

    private async IAsyncEnumerable<EventEnvelope> CurrentAsync(
        string what,
        Func<DbConnection, long, long, int, DbCommand> pageQuery,
        long fromOffset,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var offset = fromOffset;
        long end = 0;
        DbConnection? connection = null;
        try
        {
            while (true)
            {
                SqlPage page;
                try
                {
                    if (connection is null)
                    {
                        connection = await dialect.OpenReadConnectionAsync(cancellationToken);

                        // A current query ends at what was committed when it started, however busy the writers are.
                        await using var highest = connection.Command(Sql.HighestOrdering);
                        end = Convert.ToInt64(await highest.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
                    }

                    await using var command = pageQuery(connection, offset, end, settings.PageSize);
                    page = await ReadPageAsync(command, settings.PageSize, cancellationToken);
                }
                catch (DbException e)
                {
                    throw ReadFailure($"{what} after offset {offset}", e);
                }

                foreach (var stored in page.Rows)
                {
                    yield return JournalSerialization.ToEnvelope(serializer, stored);
                }

                if (!page.MayHaveMore)
                {
                    yield break;
                }

                offset = page.Rows[^1].Ordering;
            }
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
        }
    }

    /// <summary>Reads one page of a replay, rows only: the caller deserializes them while the next page is read.</summary>
    private async Task<SqlPage> ReadReplayPageAsync(
        DbConnection connection, string persistenceId, long from, long to, long remaining, CancellationToken cancellationToken)
    {
        var limit = (int)Math.Min(settings.PageSize, remaining);
        try
        {
            await using var command = connection.Command(Sql.ReplayPage).With("@pid", persistenceId).With("@from", from).With("@to", to).With("@limit", limit);
            return await ReadPageAsync(command, limit, cancellationToken, persistenceId);
        }
        catch (DbException e)
        {
            throw ReadFailure($"replaying '{persistenceId}' from sequence nr {from}", e);
        }
    }

    /// <summary>
    /// Reads one page of rows. A replay passes its <paramref name="persistenceId"/>: recovery is the hot
    /// path, so the id is not read back and neither is the global ordering it does not use.
    /// </summary>
    private async Task<SqlPage> ReadPageAsync(DbCommand command, int limit, CancellationToken cancellationToken, string? persistenceId = null)
    {
        var rows = new List<StoredEvent>(Math.Min(limit, 1024));
        long bytes = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var payload = reader.GetFieldValue<byte[]>(4);
            rows.Add(new StoredEvent(
                persistenceId ?? reader.GetString(1),
                reader.GetInt64(2),
                reader.GetString(3),
                payload,
                reader.GetString(5),
                new DateTimeOffset(reader.GetInt64(6), TimeSpan.Zero),
                JournalSerialization.SplitTags(reader.IsDBNull(7) ? null : reader.GetString(7)))
            {
                Ordering = persistenceId is null ? reader.GetInt64(0) : 0,
            });

            // Large payloads end a page early so a page never holds more than a few megabytes.
            bytes += payload.Length;
            if (bytes >= settings.PageBytes)
            {
                return new SqlPage(rows, MayHaveMore: true);
            }
        }

        return new SqlPage(rows, MayHaveMore: rows.Count == limit);
    }

    private static async Task InsertAsync(WriterSession session, AcceptedWrite[] writes, CancellationToken cancellationToken)
    {
        foreach (var (write, events) in writes)
        {
            try
            {
                foreach (var stored in events)
                {
                    if (stored.Tags.IsEmpty)
                    {
                        await session.InsertRowAsync(stored, cancellationToken);
                        continue;
                    }

                    var command = session.Prepare(session.Sql.InsertEventReturningOrdering)
                        .With("@pid", stored.PersistenceId)
                        .With("@seq", stored.SequenceNr)
                        .With("@created", stored.Timestamp.UtcTicks)
                        .With("@manifest", stored.Manifest)
                        .With("@payload", stored.Payload)
                        .With("@writer", stored.WriterGuid)
                        .With("@tags", JournalSerialization.JoinTags(stored.Tags));
                    var ordering = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
                    foreach (var tag in stored.Tags)
                    {
                        await session.Prepare(session.Sql.InsertTag)
                            .With("@ordering", ordering).With("@tag", tag).With("@pid", stored.PersistenceId).With("@seq", stored.SequenceNr)
                            .ExecuteNonQueryAsync(cancellationToken);
                    }
                }
            }
            catch (DbException e) when (session.IsUniqueViolation(e))
            {
                throw new JournalWriteConflictException(write.PersistenceId, write.LowestSequenceNr, write.HighestSequenceNr, e);
            }
        }
    }

    private JournalStorageException ReadFailure(string what, DbException e) =>
        new($"{dialect.Location}: {what} failed: {e.Message}", e);

    /// <summary>A write that serialized, and its rows.</summary>
    private readonly record struct AcceptedWrite(AtomicWrite Write, StoredEvent[] Events);
}
