using System.Data.Common;

namespace FractalTrader.Runtime;

/// <summary>
/// A snapshot store in the journal's SQL database (table <c>snapshot</c>). Saves and deletes go
/// through the journal's group-commit writer, so they never contend with it for the database.
/// Thread-safe.
/// </summary>
internal sealed class SqlSnapshotStore(SqlDialect dialect, GroupCommitWriter writer, EventSerializer serializer) : ISnapshotStore
{
    /// <inheritdoc />
    public async Task<SelectedSnapshot?> LoadAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(persistenceId);
        ArgumentNullException.ThrowIfNull(criteria);
        SnapshotMetadata metadata;
        string manifest;
        byte[] payload;
        try
        {
            await using var connection = await dialect.OpenReadConnectionAsync(cancellationToken);
            await using var command = WithCriteria(connection.Command(dialect.Statements.LoadSnapshot), persistenceId, criteria);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            metadata = new SnapshotMetadata(persistenceId, reader.GetInt64(0), new DateTimeOffset(reader.GetInt64(1), TimeSpan.Zero));
            manifest = reader.GetString(2);
            payload = reader.GetFieldValue<byte[]>(3);
        }
        catch (DbException e)
        {
            throw new JournalStorageException($"{dialect.Location}: loading a snapshot of '{persistenceId}' failed: {e.Message}", e);
        }

        return new SelectedSnapshot(metadata, JournalSerialization.ReadPayload(serializer, persistenceId, metadata.SequenceNr, manifest, payload));
    }

    /// <inheritdoc />
    public Task SaveAsync(SnapshotMetadata metadata, object snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(snapshot);
        var payload = SnapshotSerialization.Serialize(serializer, metadata, snapshot);
        return writer.EnqueueAsync(new WriteJob(1, (session, ct) =>
            session.Prepare(session.Sql.SaveSnapshot)
                .With("@pid", metadata.PersistenceId)
                .With("@seq", metadata.SequenceNr)
                .With("@created", metadata.Timestamp.UtcTicks)
                .With("@manifest", payload.Manifest)
                .With("@payload", payload.Bytes)
                .ExecuteNonQueryAsync(ct))).WaitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task DeleteAsync(SnapshotMetadata metadata, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return writer.EnqueueAsync(new WriteJob(1, (session, ct) =>
            session.Prepare(session.Sql.DeleteSnapshot).With("@pid", metadata.PersistenceId).With("@seq", metadata.SequenceNr).ExecuteNonQueryAsync(ct)))
            .WaitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task DeleteAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(persistenceId);
        ArgumentNullException.ThrowIfNull(criteria);
        return writer.EnqueueAsync(new WriteJob(1, (session, ct) =>
            WithCriteria(session.Prepare(session.Sql.DeleteSnapshots), persistenceId, criteria).ExecuteNonQueryAsync(ct)))
            .WaitAsync(cancellationToken);
    }

    private static DbCommand WithCriteria(DbCommand command, string persistenceId, SnapshotSelectionCriteria criteria) =>
        command
            .With("@pid", persistenceId)
            .With("@minSeq", criteria.MinSequenceNr)
            .With("@maxSeq", criteria.MaxSequenceNr)
            .With("@minTs", criteria.MinTimestamp.UtcTicks)
            .With("@maxTs", criteria.MaxTimestamp.UtcTicks);
}
