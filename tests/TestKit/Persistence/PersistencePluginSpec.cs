using FractalTrader.Runtime;
using Xunit;
using FractalTrader.Testing;

namespace FractalTrader.TestKit.Persistence;

/// <summary>
/// What every persistence conformance spec shares: a fresh plugin per test, opened by the
/// inheriting class, with a manual clock, and helpers to write and read events.
/// </summary>
public abstract class PersistencePluginSpec : IAsyncLifetime
{
    private IPersistencePlugin? plugin;

    /// <summary>The clock the journal stamps events with.</summary>
    protected ManualTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));

    protected IPersistencePlugin Plugin => plugin ?? throw new InvalidOperationException("The plugin is opened in InitializeAsync.");

    protected IAsyncWriteJournal Journal => Plugin.Journal;

    /// <summary>Opens a fresh, empty plugin using <paramref name="serializer"/> and <paramref name="clock"/>.</summary>
    protected abstract Task<IPersistencePlugin> OpenAsync(EventSerializer serializer, TimeProvider clock);

    public virtual async Task InitializeAsync() => plugin = await OpenAsync(SpecSerializer.Create(), Clock);

    public virtual async Task DisposeAsync()
    {
        if (plugin is not null)
        {
            await plugin.DisposeAsync();
        }
    }

    protected static Persistent Event(string persistenceId, long sequenceNr, string writer = "writer-1", params string[] tags) =>
        new(new SpecEvent($"{persistenceId}#{sequenceNr}", sequenceNr * 1.25m), persistenceId, sequenceNr, writer) { Tags = [.. tags] };

    /// <summary>Writes events <paramref name="from"/>..<paramref name="to"/> of one id, one atomic write each, and checks none was rejected.</summary>
    protected async Task WriteEventsAsync(string persistenceId, long from, long to, params string[] tags)
    {
        var writes = new List<AtomicWrite>();
        for (var sequenceNr = from; sequenceNr <= to; sequenceNr++)
        {
            writes.Add(new AtomicWrite(Event(persistenceId, sequenceNr, "writer-1", tags)));
        }

        var results = await Journal.WriteMessagesAsync(writes).WaitAsync(SpecTimeouts.Default);
        Assert.All(results, Assert.Null);
    }

    protected async Task<IReadOnlyList<Persistent>> ReplayAsync(string persistenceId, long from = 1, long to = long.MaxValue, long max = long.MaxValue)
    {
        var events = new List<Persistent>();
        await foreach (var persistent in Journal.ReplayMessagesAsync(persistenceId, from, to, max))
        {
            events.Add(persistent);
        }

        return events;
    }

    protected static async Task<IReadOnlyList<T>> ToListAsync<T>(IAsyncEnumerable<T> source)
    {
        var items = new List<T>();
        await foreach (var item in source)
        {
            items.Add(item);
        }

        return items;
    }
}
