using FractalTrader.TestKit.Persistence;

namespace FractalTrader.Runtime.Tests.Persistence.Sqlite;

public sealed class SqliteJournalSpecs : JournalSpec
{
    private readonly TemporaryFolder folder = new();

    protected override async Task<IPersistencePlugin> OpenAsync(EventSerializer serializer, TimeProvider clock) =>
        await SqlitePersistence.OpenAsync(new SqliteJournalOptions(folder.File("journal.db")) { TimeProvider = clock }, serializer);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        folder.Dispose();
    }
}

public sealed class SqliteReadJournalSpecs : ReadJournalSpec
{
    private readonly TemporaryFolder folder = new();

    protected override async Task<IPersistencePlugin> OpenAsync(EventSerializer serializer, TimeProvider clock) =>
        await SqlitePersistence.OpenAsync(new SqliteJournalOptions(folder.File("journal.db")) { TimeProvider = clock }, serializer);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        folder.Dispose();
    }
}

public sealed class SqliteSnapshotStoreSpecs : SnapshotStoreSpec
{
    private readonly TemporaryFolder folder = new();

    protected override async Task<IPersistencePlugin> OpenAsync(EventSerializer serializer, TimeProvider clock) =>
        await SqlitePersistence.OpenAsync(new SqliteJournalOptions(folder.File("journal.db")) { TimeProvider = clock }, serializer);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        folder.Dispose();
    }
}
