using FractalTrader.TestKit.Persistence;

namespace FractalTrader.Runtime.Tests.Persistence.Sqlite;

public sealed class SqliteJournalSpecs : JournalSpec
{
    protected override Task<IPersistencePlugin> OpenAsync(EventSerializer serializer, TimeProvider clock) => TemporaryJournal.OpenAsync(serializer, clock);
}

public sealed class SqliteReadJournalSpecs : ReadJournalSpec
{
    protected override Task<IPersistencePlugin> OpenAsync(EventSerializer serializer, TimeProvider clock) => TemporaryJournal.OpenAsync(serializer, clock);
}

public sealed class SqliteSnapshotStoreSpecs : SnapshotStoreSpec
{
    protected override Task<IPersistencePlugin> OpenAsync(EventSerializer serializer, TimeProvider clock) => TemporaryJournal.OpenAsync(serializer, clock);
}
