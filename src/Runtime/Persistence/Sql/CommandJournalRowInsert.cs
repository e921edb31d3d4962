using System.Data.Common;

namespace FractalTrader.Runtime;

/// <summary>The row INSERT through any ADO.NET provider: one command whose parameters are made once and rebound per row.</summary>
internal sealed class CommandJournalRowInsert : JournalRowInsert
{
    private readonly DbCommand command;
    private readonly DbParameter persistenceId;
    private readonly DbParameter sequenceNr;
    private readonly DbParameter created;
    private readonly DbParameter manifest;
    private readonly DbParameter payload;
    private readonly DbParameter writerId;

    public CommandJournalRowInsert(DbConnection connection, string sql)
    {
        command = connection.Command(sql);
        persistenceId = Add("@pid");
        sequenceNr = Add("@seq");
        created = Add("@created");
        manifest = Add("@manifest");
        payload = Add("@payload");
        writerId = Add("@writer");
        Add("@tags").Value = DBNull.Value;
    }

    /// <inheritdoc />
    public override async ValueTask InsertAsync(StoredEvent stored, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        command.Transaction = transaction;
        persistenceId.Value = stored.PersistenceId;
        sequenceNr.Value = stored.SequenceNr;
        created.Value = stored.Timestamp.UtcTicks;
        manifest.Value = stored.Manifest;
        payload.Value = stored.Payload;
        writerId.Value = stored.WriterGuid;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public override ValueTask DisposeAsync() => command.DisposeAsync();

    private DbParameter Add(string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
