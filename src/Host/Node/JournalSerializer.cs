using FractalTrader.Runtime;
using FractalTrader.Messages.Journal;

namespace FractalTrader.Host.Node;

/// <summary>The event serializer of the node's journal: every type in <see cref="JournalManifests.All"/> under its stable manifest. Stateless.</summary>
public static class JournalSerializer
{
    /// <summary>Builds the serializer (the same for the node writing and a drill reading the journal).</summary>
    public static EventSerializer Create()
    {
        var builder = new EventSerializerBuilder();
        foreach (var manifest in JournalManifests.All)
        {
            builder.Register(manifest.EventType, manifest.Name, manifest.Version);
        }

        return builder.Build();
    }
}
