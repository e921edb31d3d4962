using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace FractalTrader.Runtime;

/// <summary>
/// A journal on a SQL database: writes go through the <see cref="GroupCommitWriter"/>; replay and
/// queries read in pages on pooled connections, each page read completely before its events are
/// handed out, so memory is bounded and no read holds the database while the caller works.
/// Thread-safe.
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
    public async Task<IReadOnlyList<Exception?>> WriteMessagesAsync(IReadOnlyList<AtomicWrite> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        cancellationToken.ThrowIfCancellationRequested();
        var now = settings.TimeProvider.GetUtcNow();
        var results = new Exception?[messages.Count];
        var accepted = new List<(AtomicWrite Write, IReadOnlyList<StoredEvent> Events)>(messages.Count);
        var rows = 0;
        for (var i = 0; i < messages.Count; i++)
        {
            var events = JournalSerialization.TrySerialize(messages[i], serializer, now, out var rejection);
            results[i] = rejection;
            if (events is not null)
            {
                accepted.Add((messages[i], events));
                rows += events.Count;
            }
        }

        if (accepted.Count > 0)
        {
            // Cancelling stops the wait, not the write: once queued it may still become durable.
            await writer.EnqueueAsync(new WriteJob(rows, (session, ct) => InsertAsync(session, accepted, ct))).WaitAsync(cancellationToken);
        }

        return results;
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
        DbConnection? connection = null;
        try
        {
            while (remaining > 0 && next <= toSequenceNr)
            {
                var limit = (int)Math.Min(settings.PageSize, remaining);
                ReplayPage page;
                try
                {
                    connection ??= await dialect.OpenReadConnectionAsync(cancellationToken);
                    await using var command = connection.Command(Sql.ReplayPage)
                        .With("@pid", persistenceId).With("@from", next).With("@to", toSequenceNr).With("@limit", limit);
                    page = await ReadReplayPageAsync(command, persistenceId, limit, cancellationToken);
                }
                catch (DbException e)
                {
                    throw ReadFailure($"replaying '{persistenceId}' from sequence nr {next}", e);
                }

                foreach (var persistent in page.Events)
                {
                    yield return persistent;
                }

                if (page.Failure is not null)
                {
                    // Everything before the unreadable row has been delivered; the journal is untouched.
                    throw page.Failure;
                }

                if (!page.MayHaveMore)
                {
                    yield break;
                }

                remaining -= page.Events.Count;
                next = page.Events[^1].SequenceNr + 1;
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

    /// <summary>
    /// Reads one replay page and deserializes it as it goes (replay is the hot path of recovery),
    /// without reading the persistence id back. An unreadable row ends the page with its error,
    /// after the events before it.
    /// </summary>
    private async Task<ReplayPage> ReadReplayPageAsync(DbCommand command, string persistenceId, int limit, CancellationToken cancellationToken)
    {
        var events = new List<Persistent>(Math.Min(limit, 1024));
        long bytes = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var sequenceNr = reader.GetInt64(2);
            var manifest = reader.GetString(3);

            // GetFieldValue<byte[]> copies the column once; GetBytes/GetStream would open incremental blob I/O per row.
            var payload = reader.GetFieldValue<byte[]>(4);
            object value;
            try
            {
                value = JournalSerialization.ReadPayload(serializer, persistenceId, sequenceNr, manifest, payload);
            }
            catch (EventDeserializationException e)
            {
                return new ReplayPage(events, MayHaveMore: false, e);
            }

            events.Add(new Persistent(value, persistenceId, sequenceNr, reader.GetString(5))
            {
                Manifest = manifest,
                Timestamp = new DateTimeOffset(reader.GetInt64(6), TimeSpan.Zero),
                Tags = JournalSerialization.SplitTags(reader.IsDBNull(7) ? null : reader.GetString(7)),
            });

            // Large payloads end a page early so a page never holds more than a few megabytes.
            bytes += payload.Length;
            if (bytes >= settings.PageBytes)
            {
                return new ReplayPage(events, MayHaveMore: true, Failure: null);
            }
        }

        return new ReplayPage(events, MayHaveMore: events.Count == limit, Failure: null);
    }

    private async Task<SqlPage> ReadPageAsync(DbCommand command, int limit, CancellationToken cancellationToken)
    {
        var rows = new List<StoredEvent>(Math.Min(limit, 1024));
        long bytes = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var payload = reader.GetFieldValue<byte[]>(4);
            rows.Add(new StoredEvent(
                reader.GetString(1),
                reader.GetInt64(2),
                reader.GetString(3),
                payload,
                reader.GetString(5),
                new DateTimeOffset(reader.GetInt64(6), TimeSpan.Zero),
                JournalSerialization.SplitTags(reader.IsDBNull(7) ? null : reader.GetString(7)))
            {
                Ordering = reader.GetInt64(0),
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

    private static async Task InsertAsync(
        WriterSession session, List<(AtomicWrite Write, IReadOnlyList<StoredEvent> Events)> writes, CancellationToken cancellationToken)
    {
        foreach (var (write, events) in writes)
        {
            try
            {
                foreach (var stored in events)
                {
                    var sql = stored.Tags.IsEmpty ? session.Sql.InsertEvent : session.Sql.InsertEventReturningOrdering;
                    var command = session.Prepare(sql)
                        .With("@pid", stored.PersistenceId)
                        .With("@seq", stored.SequenceNr)
                        .With("@created", stored.Timestamp.UtcTicks)
                        .With("@manifest", stored.Manifest)
                        .With("@payload", stored.Payload)
                        .With("@writer", stored.WriterGuid)
                        .With("@tags", JournalSerialization.JoinTags(stored.Tags));
                    if (stored.Tags.IsEmpty)
                    {
                        await command.ExecuteNonQueryAsync(cancellationToken);
                        continue;
                    }

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
}
