using System.Data.Common;

namespace FractalTrader.Runtime;

/// <summary>
/// The writer's INSERT of one untagged journal row: the command and its parameters are made once
/// per connection, so each row only sets values (the writer runs it for every event it commits).
/// Used by the writer loop only, so not thread-safe.
/// </summary>
internal sealed class JournalRowInsert
{
    private readonly DbParameter persistenceId;
    private readonly DbParameter sequenceNr;
    private readonly DbParameter created;
    private readonly DbParameter manifest;
    private readonly DbParameter payload;
    private readonly DbParameter writerId;

    public JournalRowInsert(DbConnection connection, string sql)
    {
        Command = connection.Command(sql);
        persistenceId = Add("@pid");
        sequenceNr = Add("@seq");
        created = Add("@created");
        manifest = Add("@manifest");
        payload = Add("@payload");
        writerId = Add("@writer");
        Add("@tags").Value = DBNull.Value;
    }

    public DbCommand Command { get; }

    /// <summary>The command, enlisted in <paramref name="transaction"/>, with <paramref name="stored"/>'s values bound.</summary>
    public DbCommand Bind(StoredEvent stored, DbTransaction? transaction)
    {
        Command.Transaction = transaction;
        persistenceId.Value = stored.PersistenceId;
        sequenceNr.Value = stored.SequenceNr;
        created.Value = stored.Timestamp.UtcTicks;
        manifest.Value = stored.Manifest;
        payload.Value = stored.Payload;
        writerId.Value = stored.WriterGuid;
        return Command;
    }

    private DbParameter Add(string name)
    {
        var parameter = Command.CreateParameter();
        parameter.ParameterName = name;
        Command.Parameters.Add(parameter);
        return parameter;
    }
}
