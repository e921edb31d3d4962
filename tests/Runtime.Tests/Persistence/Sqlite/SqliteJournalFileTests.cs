using System.Runtime.Versioning;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using FractalTrader.TestKit.Persistence;
using FractalTrader.Testing;
using Microsoft.Data.Sqlite;

namespace FractalTrader.Runtime.Tests.Persistence.Sqlite;

/// <summary>The SQLite journal's file: schema, reopening, and every way a file can be wrong.</summary>
public sealed class SqliteJournalFileTests : IDisposable
{
    private readonly TemporaryFolder folder = new();
    private readonly string path;

    public SqliteJournalFileTests()
    {
        path = folder.File("journal.db");
    }

    public void Dispose() => folder.Dispose();

    private sealed record OrderFilledV1(string OrderId, decimal Price);

    private sealed record OrderFilled(string OrderId, decimal Price, decimal Fee);

    private Task<SqlitePersistence> OpenAsync(SqliteJournalOptions? options = null, EventSerializer? serializer = null) =>
        SqlitePersistence.OpenAsync(options ?? new SqliteJournalOptions(path), serializer ?? SpecSerializer.Create());

    private static Persistent Event(string persistenceId, long sequenceNr, string text = "x") =>
        new(new SpecEvent(text, sequenceNr), persistenceId, sequenceNr, "writer-1");

    private static async Task WriteAsync(IPersistencePlugin plugin, string persistenceId, long from, long to)
    {
        for (var sequenceNr = from; sequenceNr <= to; sequenceNr++)
        {
            (await plugin.Journal.WriteMessagesAsync([new AtomicWrite(Event(persistenceId, sequenceNr))])).Should().AllSatisfy(r => r.Should().BeNull());
        }
    }

    private static async Task<List<Persistent>> ReplayAsync(IPersistencePlugin plugin, string persistenceId)
    {
        var events = new List<Persistent>();
        await foreach (var persistent in plugin.Journal.ReplayMessagesAsync(persistenceId, 1, long.MaxValue, long.MaxValue))
        {
            events.Add(persistent);
        }

        return events;
    }

    private async Task ExecuteRawAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private async Task<object?> ScalarRawAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private string FileHash() => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    [Fact]
    public async Task A_new_journal_records_its_schema_version_and_uses_write_ahead_logging()
    {
        await (await OpenAsync()).DisposeAsync();

        (await ScalarRawAsync("SELECT MAX(version) FROM schema_migrations")).Should().Be(1L);
        (await ScalarRawAsync("PRAGMA journal_mode")).Should().Be("wal");
        (await ScalarRawAsync("PRAGMA application_id")).Should().Be(0x4654524AL);
    }

    [Fact]
    public async Task Events_and_snapshots_survive_closing_and_reopening()
    {
        await using (var first = await OpenAsync())
        {
            await WriteAsync(first, "portfolio", 1, 5);
            await first.Journal.DeleteMessagesToAsync("portfolio", 5);
            await first.SnapshotStore.SaveAsync(new SnapshotMetadata("portfolio", 5, DateTimeOffset.UnixEpoch), new SpecState("s", 5, []));
        }

        await using var second = await OpenAsync();

        (await second.Journal.ReadHighestSequenceNrAsync("portfolio", 0)).Should().Be(5);
        (await second.SnapshotStore.LoadAsync("portfolio", SnapshotSelectionCriteria.Latest))!.Metadata.SequenceNr.Should().Be(5);
        await WriteAsync(second, "portfolio", 6, 6);
        (await ReplayAsync(second, "portfolio")).Select(e => e.SequenceNr).Should().Equal(6);
    }

    [Fact]
    public async Task Events_written_by_an_older_build_are_upcast_on_replay()
    {
        var oldBuild = new EventSerializerBuilder().Register<OrderFilledV1>("order-filled").Build();
        await using (var old = await OpenAsync(serializer: oldBuild))
        {
            (await old.Journal.WriteMessagesAsync([new AtomicWrite(new Persistent(new OrderFilledV1("o-1", 100m), "orders", 1, "w"))]))[0].Should().BeNull();
        }

        var newBuild = new EventSerializerBuilder()
            .Register<OrderFilled>("order-filled", version: 2)
            .Upcast(new EventManifest("order-filled", 1), new EventManifest("order-filled", 2), node =>
            {
                node["fee"] = JsonValue.Create(0m);
                return node;
            })
            .Build();
        await using var current = await OpenAsync(serializer: newBuild);

        var replayed = await ReplayAsync(current, "orders");

        replayed.Single().Payload.Should().Be(new OrderFilled("o-1", 100m, 0m));
        replayed.Single().Manifest.Should().Be("order-filled@1", "the stored row is never rewritten");
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_refused_at_open_and_left_unchanged()
    {
        await File.WriteAllTextAsync(path, "timestamp,open,high,low,close,volume\n2025-01-01 00:00:00,1,2,0.5,1.5,10\n");
        var before = FileHash();

        var open = () => OpenAsync();

        (await open.Should().ThrowAsync<JournalOpenException>()).Which.Message.Should().Contain(path).And.Contain("not a SQLite database");
        FileHash().Should().Be(before);
    }

    [Fact]
    public async Task Another_applications_database_is_refused_at_open_and_left_unchanged()
    {
        await ExecuteRawAsync("CREATE TABLE accounts (id INTEGER PRIMARY KEY, balance TEXT); INSERT INTO accounts VALUES (1, '50000');");
        var before = FileHash();

        var open = () => OpenAsync();

        (await open.Should().ThrowAsync<JournalOpenException>()).Which.Message.Should().Contain(path).And.Contain("not a FractalTrader journal");
        FileHash().Should().Be(before);
        (await ScalarRawAsync("SELECT balance FROM accounts")).Should().Be("50000");
    }

    [Fact]
    public async Task A_journal_of_a_newer_schema_is_refused_at_open_and_left_unchanged()
    {
        await using (var journal = await OpenAsync())
        {
            await WriteAsync(journal, "portfolio", 1, 3);
        }

        await ExecuteRawAsync("INSERT INTO schema_migrations (version, description, applied_at) VALUES (7, 'from the future', '2030-01-01')");
        var before = FileHash();

        var open = () => OpenAsync();

        (await open.Should().ThrowAsync<JournalOpenException>()).Which.Message.Should().Contain(path).And.Contain("schema version 7").And.Contain("newer");
        FileHash().Should().Be(before);
        (await ScalarRawAsync("SELECT COUNT(*) FROM journal")).Should().Be(3L);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task A_read_only_journal_is_refused_at_open_and_left_unchanged()
    {
        await using (var journal = await OpenAsync())
        {
            await WriteAsync(journal, "portfolio", 1, 3);
        }

        var before = FileHash();
        using var readOnly = ReadOnlyFile.Make(path);

        var open = () => OpenAsync();

        (await open.Should().ThrowAsync<JournalOpenException>()).Which.Message.Should().Contain(path).And.Contain("read-only");
        FileHash().Should().Be(before);
    }

    [Fact]
    public async Task A_full_disk_fails_writes_as_storage_failures_and_keeps_every_acknowledged_event()
    {
        await (await OpenAsync()).DisposeAsync();
        var pageCount = (long)(await ScalarRawAsync("PRAGMA page_count"))!;
        var acknowledged = 0L;
        JournalStorageException? failure = null;

        // The cap leaves room for a few dozen 2 KB events; SQLite then fails with SQLITE_FULL, as on a full disk.
        await using (var capped = await OpenAsync(new SqliteJournalOptions(path) { MaxPageCount = pageCount + 16 }))
        {
            var text = new string('x', 2048);
            for (var sequenceNr = 1L; sequenceNr <= 10_000 && failure is null; sequenceNr++)
            {
                try
                {
                    await capped.Journal.WriteMessagesAsync([new AtomicWrite(Event("portfolio", sequenceNr, text))]);
                    acknowledged = sequenceNr;
                }
                catch (JournalStorageException e)
                {
                    failure = e;
                }
            }

            failure.Should().NotBeNull();
            failure!.Message.Should().Contain(path).And.Contain("full");
            (await ReplayAsync(capped, "portfolio")).Select(e => e.SequenceNr).Should().Equal(Enumerable.Range(1, (int)acknowledged).Select(i => (long)i));
        }

        acknowledged.Should().BeGreaterThan(0);
        await using var roomy = await OpenAsync();
        (await ReplayAsync(roomy, "portfolio")).Should().HaveCount((int)acknowledged);
        await WriteAsync(roomy, "portfolio", acknowledged + 1, acknowledged + 1);
        (await roomy.Journal.ReadHighestSequenceNrAsync("portfolio", 0)).Should().Be(acknowledged + 1);
    }

    [Fact]
    public async Task A_row_with_a_corrupt_payload_or_unknown_manifest_names_its_id_and_sequence_nr()
    {
        await using (var journal = await OpenAsync())
        {
            await WriteAsync(journal, "corrupt", 1, 3);
            await WriteAsync(journal, "unknown", 1, 3);
            await WriteAsync(journal, "healthy", 1, 3);
        }

        await ExecuteRawAsync("UPDATE journal SET payload = x'00FF7B' WHERE persistence_id = 'corrupt' AND sequence_nr = 2");
        await ExecuteRawAsync("UPDATE journal SET manifest = 'order-gone@4' WHERE persistence_id = 'unknown' AND sequence_nr = 3");
        await using var reopened = await OpenAsync();

        var corrupt = () => ReplayAsync(reopened, "corrupt");
        var unknown = () => ReplayAsync(reopened, "unknown");

        var corruptFailure = (await corrupt.Should().ThrowAsync<EventDeserializationException>()).Which;
        corruptFailure.Message.Should().Contain("'corrupt'").And.Contain("sequence nr 2").And.Contain(SpecSerializer.EventManifest);
        var unknownFailure = (await unknown.Should().ThrowAsync<EventDeserializationException>()).Which;
        unknownFailure.Message.Should().Contain("'unknown'").And.Contain("sequence nr 3").And.Contain("order-gone@4");
        (await ReplayAsync(reopened, "healthy")).Should().HaveCount(3);
        (await ScalarRawAsync("SELECT COUNT(*) FROM journal")).Should().Be(9L, "a failed replay changes nothing");
    }
}
