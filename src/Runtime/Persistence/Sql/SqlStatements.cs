namespace FractalTrader.Runtime;

/// <summary>
/// The statements a SQL journal runs, over the Akka.Persistence.Sql-like layout every dialect
/// creates: <c>journal</c> (global <c>ordering</c>, UNIQUE(persistence_id, sequence_nr)),
/// <c>journal_tag</c>, <c>snapshot</c>. Plain SQL that SQLite and PostgreSQL both accept; a
/// dialect replaces one only where its engine needs it. Immutable.
/// </summary>
internal sealed record SqlStatements
{
    private const string EventColumns = "j.ordering, j.persistence_id, j.sequence_nr, j.manifest, j.payload, j.writer_id, j.created, j.tags";

    /// <summary>The statements both SQLite and PostgreSQL accept.</summary>
    public static SqlStatements Standard { get; } = new();

    public string InsertEvent { get; init; } =
        "INSERT INTO journal (persistence_id, sequence_nr, is_deleted, created, manifest, payload, writer_id, tags) "
        + "VALUES (@pid, @seq, 0, @created, @manifest, @payload, @writer, @tags)";

    public string InsertEventReturningOrdering { get; init; } =
        "INSERT INTO journal (persistence_id, sequence_nr, is_deleted, created, manifest, payload, writer_id, tags) "
        + "VALUES (@pid, @seq, 0, @created, @manifest, @payload, @writer, @tags) RETURNING ordering";

    public string InsertTag { get; init; } =
        "INSERT INTO journal_tag (ordering, tag, persistence_id, sequence_nr) VALUES (@ordering, @tag, @pid, @seq)";

    public string ReplayPage { get; init; } =
        $"SELECT {EventColumns} FROM journal j "
        + "WHERE j.persistence_id = @pid AND j.sequence_nr >= @from AND j.sequence_nr <= @to AND j.is_deleted = 0 "
        + "ORDER BY j.sequence_nr LIMIT @limit";

    public string HighestSequenceNr { get; init; } =
        "SELECT COALESCE(MAX(sequence_nr), 0) FROM journal WHERE persistence_id = @pid";

    /// <summary>Tags of the events being deleted (run before the events go).</summary>
    public string DeleteTagsTo { get; init; } =
        "DELETE FROM journal_tag WHERE ordering IN "
        + "(SELECT ordering FROM journal WHERE persistence_id = @pid AND sequence_nr <= @to)";

    /// <summary>Deletes the rows, keeping the stream's highest so its sequence number survives.</summary>
    public string DeleteEventsTo { get; init; } =
        "DELETE FROM journal WHERE persistence_id = @pid AND sequence_nr <= @to "
        + "AND sequence_nr < (SELECT MAX(sequence_nr) FROM journal WHERE persistence_id = @pid)";

    /// <summary>Marks the kept highest row deleted when it is in range.</summary>
    public string MarkDeletedTo { get; init; } =
        "UPDATE journal SET is_deleted = 1 WHERE persistence_id = @pid AND sequence_nr <= @to AND is_deleted = 0";

    public string HighestOrdering { get; init; } = "SELECT COALESCE(MAX(ordering), 0) FROM journal";

    public string EventsByTagPage { get; init; } =
        $"SELECT {EventColumns} FROM journal_tag t JOIN journal j ON j.ordering = t.ordering "
        + "WHERE t.tag = @tag AND t.ordering > @from AND t.ordering <= @to AND j.is_deleted = 0 "
        + "ORDER BY t.ordering LIMIT @limit";

    public string AllEventsPage { get; init; } =
        $"SELECT {EventColumns} FROM journal j "
        + "WHERE j.ordering > @from AND j.ordering <= @to AND j.is_deleted = 0 ORDER BY j.ordering LIMIT @limit";

    public string PersistenceIdsPage { get; init; } =
        "SELECT DISTINCT persistence_id FROM journal WHERE persistence_id > @after ORDER BY persistence_id LIMIT @limit";

    public string LoadSnapshot { get; init; } =
        "SELECT sequence_nr, created, manifest, payload FROM snapshot "
        + "WHERE persistence_id = @pid AND sequence_nr >= @minSeq AND sequence_nr <= @maxSeq "
        + "AND created >= @minTs AND created <= @maxTs ORDER BY sequence_nr DESC, created DESC LIMIT 1";

    public string SaveSnapshot { get; init; } =
        "INSERT INTO snapshot (persistence_id, sequence_nr, created, manifest, payload) VALUES (@pid, @seq, @created, @manifest, @payload) "
        + "ON CONFLICT (persistence_id, sequence_nr) DO UPDATE SET created = excluded.created, manifest = excluded.manifest, payload = excluded.payload";

    public string DeleteSnapshot { get; init; } =
        "DELETE FROM snapshot WHERE persistence_id = @pid AND sequence_nr = @seq";

    public string DeleteSnapshots { get; init; } =
        "DELETE FROM snapshot WHERE persistence_id = @pid AND sequence_nr >= @minSeq AND sequence_nr <= @maxSeq "
        + "AND created >= @minTs AND created <= @maxTs";
}
