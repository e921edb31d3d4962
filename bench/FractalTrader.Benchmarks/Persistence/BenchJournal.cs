using FractalTrader.Runtime;
using Microsoft.Data.Sqlite;

namespace FractalTrader.Benchmarks.Persistence;

/// <summary>A fresh SQLite journal file for one benchmark class, and a raw connection to the same file for the baseline.</summary>
public sealed class BenchJournal : IAsyncDisposable
{
    private readonly string folder;

    private BenchJournal(string folder, SqlitePersistence persistence, SqliteConnection raw)
    {
        this.folder = folder;
        Persistence = persistence;
        Raw = raw;
    }

    public static EventSerializer Serializer { get; } = new EventSerializerBuilder().Register<BenchFill>("bench-fill").Build();

    public SqlitePersistence Persistence { get; }

    /// <summary>A plain Microsoft.Data.Sqlite connection to the same file: WAL, synchronous=FULL, as the journal's writer.</summary>
    public SqliteConnection Raw { get; }

    public static BenchFill Fill(long sequence) => new($"order-{sequence}", "BTC", 97_123.5m + sequence, 0.015m, 0.0021m, sequence);

    public static async Task<BenchJournal> CreateAsync()
    {
        var temporary = Directory.CreateTempSubdirectory("fractal-bench-").FullName;
        var path = Path.Combine(temporary, "journal.db");
        var persistence = await SqlitePersistence.OpenAsync(new SqliteJournalOptions(path), Serializer);
        var raw = new SqliteConnection($"Data Source={path};Pooling=False");
        await raw.OpenAsync();
        await using var pragma = raw.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous = FULL";
        await pragma.ExecuteNonQueryAsync();
        return new BenchJournal(temporary, persistence, raw);
    }

    /// <summary>An actor system whose persistent actors use <paramref name="journal"/>, which stays open when the system terminates.</summary>
    public static ActorSystem CreateSystem(BenchJournal journal)
    {
        ArgumentNullException.ThrowIfNull(journal);
        var system = ActorSystem.Create("bench");
        global::FractalTrader.Runtime.Persistence.Configure(system, journal.Persistence, new PersistenceSettings { DisposePluginOnTermination = false });
        return system;
    }

    /// <summary>The baseline's insert: the same row the journal writes, prepared once.</summary>
    public SqliteCommand PrepareRawInsert()
    {
        var command = Raw.CreateCommand();
        command.CommandText =
            "INSERT INTO journal (persistence_id, sequence_nr, is_deleted, created, manifest, payload, writer_id, tags) "
            + "VALUES (@pid, @seq, 0, @created, @manifest, @payload, @writer, NULL)";
        foreach (var name in new[] { "@pid", "@seq", "@created", "@manifest", "@payload", "@writer" })
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    public static void Bind(SqliteCommand insert, string persistenceId, long sequenceNr, SerializedPayload payload)
    {
        insert.Parameters["@pid"].Value = persistenceId;
        insert.Parameters["@seq"].Value = sequenceNr;
        insert.Parameters["@created"].Value = 638_700_000_000_000_000L;
        insert.Parameters["@manifest"].Value = payload.Manifest;
        insert.Parameters["@payload"].Value = payload.Bytes;
        insert.Parameters["@writer"].Value = "bench";
    }

    public async ValueTask DisposeAsync()
    {
        await Raw.DisposeAsync();
        await Persistence.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }
}
