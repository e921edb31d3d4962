using FractalTrader.Testing;
namespace FractalTrader.Runtime.Tests.Persistence.Sqlite;

/// <summary>A SQLite journal in a temporary folder; disposing closes it and deletes the folder.</summary>
public sealed class TemporaryJournal : IPersistencePlugin
{
    private readonly TemporaryFolder folder;
    private readonly SqlitePersistence persistence;

    private TemporaryJournal(TemporaryFolder folder, SqlitePersistence persistence)
    {
        this.folder = folder;
        this.persistence = persistence;
    }

    public IAsyncWriteJournal Journal => persistence.Journal;

    public ISnapshotStore SnapshotStore => persistence.SnapshotStore;

    public IReadJournal ReadJournal => persistence.ReadJournal;

    public static async Task<IPersistencePlugin> OpenAsync(EventSerializer serializer, TimeProvider clock)
    {
        var temporary = new TemporaryFolder();
        try
        {
            return new TemporaryJournal(temporary, await SqlitePersistence.OpenAsync(new SqliteJournalOptions(temporary.File("journal.db")) { TimeProvider = clock }, serializer));
        }
        catch
        {
            temporary.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await persistence.DisposeAsync();
        folder.Dispose();
    }
}
