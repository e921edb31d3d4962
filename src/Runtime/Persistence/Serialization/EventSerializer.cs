using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FractalTrader.Runtime;

/// <summary>
/// Serializes events and snapshots to UTF-8 JSON under their registered manifests and reads
/// them back, upcasting payloads stored under old manifests. Immutable and thread-safe; made by
/// <see cref="EventSerializerBuilder"/>.
/// </summary>
public sealed class EventSerializer
{
    private readonly FrozenDictionary<Type, string> manifestsByType;
    private readonly FrozenDictionary<string, Type> typesByManifest;
    private readonly FrozenDictionary<EventManifest, Type> typesByParsedManifest;
    private readonly FrozenDictionary<EventManifest, EventUpcaster> upcasters;
    private readonly JsonSerializerOptions options;

    internal EventSerializer(
        Dictionary<Type, EventManifest> manifestsByType,
        Dictionary<EventManifest, Type> typesByManifest,
        Dictionary<EventManifest, EventUpcaster> upcasters,
        JsonSerializerOptions options)
    {
        this.manifestsByType = manifestsByType.ToFrozenDictionary(p => p.Key, p => p.Value.ToString());
        this.typesByManifest = typesByManifest.ToFrozenDictionary(p => p.Key.ToString(), p => p.Value, StringComparer.Ordinal);
        typesByParsedManifest = typesByManifest.ToFrozenDictionary();
        this.upcasters = upcasters.ToFrozenDictionary();
        this.options = options;
    }

    /// <summary>The manifest <paramref name="type"/> is stored under, if registered.</summary>
    public bool TryGetManifest(Type type, out string manifest)
    {
        ArgumentNullException.ThrowIfNull(type);
        return manifestsByType.TryGetValue(type, out manifest!);
    }

    /// <summary>Serializes <paramref name="payload"/> under its registered manifest.</summary>
    /// <exception cref="NotSupportedException">The payload's type is not registered, or JSON refused a value.</exception>
    public SerializedPayload Serialize(object payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var type = payload.GetType();
        if (!manifestsByType.TryGetValue(type, out var manifest))
        {
            throw new NotSupportedException($"{type.FullName} is not registered with a manifest; register it with EventSerializerBuilder.Register.");
        }

        try
        {
            return new SerializedPayload(manifest, JsonSerializer.SerializeToUtf8Bytes(payload, type, options));
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            throw new NotSupportedException($"{type.Name} ('{manifest}') cannot be written as JSON: {e.Message}", e);
        }
    }

    /// <summary>Reads a stored payload back as its current type, upcasting old manifests.</summary>
    /// <exception cref="NotSupportedException">No type is registered for the manifest and no upcaster leads to one.</exception>
    /// <exception cref="JsonException">The payload does not fit the type.</exception>
    public object Deserialize(string manifest, ReadOnlySpan<byte> payload)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        if (typesByManifest.TryGetValue(manifest, out var type))
        {
            return JsonSerializer.Deserialize(payload, type, options)
                ?? throw new JsonException($"The payload of '{manifest}' is JSON null.");
        }

        return DeserializeUpcast(manifest, payload);
    }

    private object DeserializeUpcast(string manifest, ReadOnlySpan<byte> payload)
    {
        EventManifest current;
        try
        {
            current = EventManifest.Parse(manifest);
        }
        catch (FormatException e)
        {
            throw new NotSupportedException(e.Message, e);
        }

        if (!upcasters.ContainsKey(current) && !typesByParsedManifest.ContainsKey(current))
        {
            throw new NotSupportedException($"No event type is registered for manifest '{manifest}' and no upcaster leads from it.");
        }

        var node = JsonNode.Parse(payload) ?? throw new JsonException($"The payload of '{manifest}' is JSON null.");
        while (!typesByParsedManifest.ContainsKey(current))
        {
            // Build() checked that every chain ends at a registered manifest.
            var upcaster = upcasters[current];
            node = upcaster.Transform(node);
            current = upcaster.To;
        }

        return node.Deserialize(typesByParsedManifest[current], options)
            ?? throw new JsonException($"The payload of '{manifest}' upcast to '{current}' is JSON null.");
    }
}
