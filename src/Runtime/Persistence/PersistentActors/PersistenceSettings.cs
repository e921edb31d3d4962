namespace FractalTrader.Runtime;

/// <summary>How persistent actors of a system use their store (<see cref="Persistence.Configure"/>). Immutable.</summary>
public sealed record PersistenceSettings
{
    /// <summary>The defaults.</summary>
    public static PersistenceSettings Default { get; } = new();

    /// <summary>
    /// Automatic snapshots: after this many events since the last snapshot, a persistent actor that
    /// overrides <c>CreateSnapshot</c> saves the state it returns. Null (the default) takes none;
    /// actors may always call <c>SaveSnapshot</c> themselves.
    /// </summary>
    public int? SnapshotEvery { get; init; }

    /// <summary>
    /// How many automatic snapshots to keep: once one is saved, snapshots more than
    /// <see cref="KeepSnapshots"/> × <see cref="SnapshotEvery"/> events older are deleted (Akka's
    /// retention rule). At least 1; the default is 2.
    /// </summary>
    public int KeepSnapshots { get; init; } = 2;

    /// <summary>Whether terminating the actor system disposes the plugin (commits what is queued, closes the file). The default is true.</summary>
    public bool DisposePluginOnTermination { get; init; } = true;
}
