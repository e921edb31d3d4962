using FractalTrader.Messages.Journal;
using FractalTrader.Runtime;

namespace FractalTrader.Actors.Node;

/// <summary>What a node's journal needs: the serializer knowing every journaled message, and the snapshot cadence. Stateless.</summary>
public static class TradingJournal
{
    /// <summary>An event serializer with every manifest of <see cref="JournalManifests"/>; open the node's SQLite journal with it.</summary>
    public static EventSerializer Serializer()
    {
        var builder = new EventSerializerBuilder();
        foreach (var manifest in JournalManifests.All)
        {
            builder.Register(manifest.EventType, manifest.Name, manifest.Version);
        }

        return builder.Build();
    }

    /// <summary>Persistence settings for <c>Persistence.Configure</c>: automatic snapshots every <see cref="TradingNodeSettings.SnapshotEvery"/> events.</summary>
    public static PersistenceSettings PersistenceSettings(TradingNodeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new PersistenceSettings { SnapshotEvery = settings.SnapshotEvery };
    }
}
