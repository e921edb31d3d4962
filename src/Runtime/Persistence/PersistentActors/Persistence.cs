namespace FractalTrader.Runtime;

/// <summary>
/// The persistence extension of an actor system: where its persistent actors find their journal
/// and snapshot store. Configure it once at start-up with a plugin (<see cref="MemoryPersistence"/>
/// for tests, <see cref="SqlitePersistence"/> on a node), then every <see cref="ReceivePersistentActor"/>
/// of the system uses it. Thread-safe.
/// </summary>
/// <example>
/// <code>
/// var store = await SqlitePersistence.OpenAsync(new SqliteJournalOptions("data/state/journal.db"), serializer);
/// Persistence.Configure(system, store, new PersistenceSettings { SnapshotEvery = 1000 });
/// var portfolio = system.ActorOf(Props.Create(() =&gt; new PortfolioActor()), "portfolio");
/// </code>
/// </example>
public sealed class Persistence : IExtension, IAsyncDisposable
{
    private int disposed;

    private Persistence(IPersistencePlugin plugin, PersistenceSettings settings)
    {
        Plugin = plugin;
        Settings = settings;
    }

    /// <summary>The store: journal, snapshot store and read journal.</summary>
    public IPersistencePlugin Plugin { get; }

    /// <summary>Snapshot settings and plugin ownership.</summary>
    public PersistenceSettings Settings { get; }

    /// <summary>The event journal persistent actors write to.</summary>
    public IAsyncWriteJournal Journal => Plugin.Journal;

    /// <summary>The snapshot store persistent actors save to.</summary>
    public ISnapshotStore SnapshotStore => Plugin.SnapshotStore;

    /// <summary>Read-side queries over the journal, for projections.</summary>
    public IReadJournal ReadJournal => Plugin.ReadJournal;

    /// <summary>
    /// Gives <paramref name="system"/> its store; call once, before the first persistent actor starts.
    /// Calling it again with the same plugin returns the same extension.
    /// </summary>
    /// <exception cref="InvalidOperationException">The system already has persistence with another plugin.</exception>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public static Persistence Configure(ActorSystem system, IPersistencePlugin plugin, PersistenceSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(plugin);
        settings ??= PersistenceSettings.Default;
        if (settings.SnapshotEvery is < 1 || settings.KeepSnapshots < 1)
        {
            throw new ArgumentException(
                $"SnapshotEvery must be at least 1 or null (was {settings.SnapshotEvery}) and KeepSnapshots at least 1 (was {settings.KeepSnapshots}).", nameof(settings));
        }

        var extension = system.WithExtension(new Provider(plugin, settings));
        if (!ReferenceEquals(extension.Plugin, plugin))
        {
            throw new InvalidOperationException($"Actor system '{system.Name}' already has persistence configured with another plugin ({extension.Plugin.GetType().Name}).");
        }

        return extension;
    }

    /// <summary>The persistence of <paramref name="system"/> (Akka's <c>Persistence.Instance.Apply(system)</c>).</summary>
    /// <exception cref="InvalidOperationException">No persistence was configured; the message says how.</exception>
    public static Persistence Apply(ActorSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        return system.GetExtension<Persistence>()
            ?? throw new InvalidOperationException(
                $"Actor system '{system.Name}' has no persistence: call Persistence.Configure(system, plugin) at start-up "
                + "with a MemoryPersistence or SqlitePersistence before starting persistent actors.");
    }

    /// <summary>Disposes the plugin if <see cref="PersistenceSettings.DisposePluginOnTermination"/>; the system calls it when it has terminated.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Settings.DisposePluginOnTermination && Interlocked.Exchange(ref disposed, 1) == 0)
        {
            await Plugin.DisposeAsync();
        }
    }

    private sealed class Provider(IPersistencePlugin plugin, PersistenceSettings settings) : IExtensionId<Persistence>
    {
        public Persistence CreateExtension(ActorSystem system) => new(plugin, settings);
    }
}
