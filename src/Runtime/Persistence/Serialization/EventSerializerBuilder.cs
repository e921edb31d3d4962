using System.Text.Json;
using System.Text.Json.Nodes;

namespace FractalTrader.Runtime;

/// <summary>
/// Registers event and snapshot types under stable manifests, and upcasters from old manifests,
/// then builds an <see cref="EventSerializer"/>. Not thread-safe; build once at start-up.
/// </summary>
public sealed class EventSerializerBuilder
{
    private readonly Dictionary<Type, EventManifest> manifestsByType = [];
    private readonly Dictionary<EventManifest, Type> typesByManifest = [];
    private readonly Dictionary<EventManifest, EventUpcaster> upcasters = [];
    private JsonSerializerOptions? options;

    /// <summary>Registers <typeparamref name="T"/> under <paramref name="name"/>, schema <paramref name="version"/> (default 1).</summary>
    /// <exception cref="ArgumentException">The type or the manifest is already registered.</exception>
    /// <exception cref="FormatException">The name or version is not valid for a manifest.</exception>
    public EventSerializerBuilder Register<T>(string name, int version = 1) => Register(typeof(T), name, version);

    /// <summary>Registers <paramref name="type"/> under <paramref name="name"/>, schema <paramref name="version"/> (default 1).</summary>
    /// <exception cref="ArgumentException">The type or the manifest is already registered.</exception>
    /// <exception cref="FormatException">The name or version is not valid for a manifest.</exception>
    public EventSerializerBuilder Register(Type type, string name, int version = 1)
    {
        ArgumentNullException.ThrowIfNull(type);
        var manifest = EventManifest.Create(name, version);
        if (manifestsByType.TryGetValue(type, out var existing))
        {
            throw new ArgumentException($"{type.Name} is already registered as '{existing}'.", nameof(type));
        }

        if (typesByManifest.TryGetValue(manifest, out var other) || upcasters.ContainsKey(manifest))
        {
            throw new ArgumentException($"Manifest '{manifest}' is already taken{(other is null ? " by an upcaster" : $" by {other.Name}")}.", nameof(name));
        }

        manifestsByType[type] = manifest;
        typesByManifest[manifest] = type;
        return this;
    }

    /// <summary>Adds an upcaster from <paramref name="from"/> (found in old journals) to <paramref name="to"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="from"/> already has an upcaster or is a current manifest.</exception>
    public EventSerializerBuilder Upcast(EventManifest from, EventManifest to, Func<JsonNode, JsonNode> transform)
    {
        ArgumentNullException.ThrowIfNull(transform);
        if (from == to)
        {
            throw new ArgumentException($"An upcaster from '{from}' must lead to another manifest.", nameof(to));
        }

        if (upcasters.ContainsKey(from) || typesByManifest.ContainsKey(from))
        {
            throw new ArgumentException($"Manifest '{from}' is already registered or upcast; it can have only one reading.", nameof(from));
        }

        upcasters[from] = new EventUpcaster(from, to, transform);
        return this;
    }

    /// <summary>Uses <paramref name="jsonOptions"/> instead of the defaults (camelCase names, strict numbers).</summary>
    public EventSerializerBuilder WithJsonOptions(JsonSerializerOptions jsonOptions)
    {
        ArgumentNullException.ThrowIfNull(jsonOptions);
        options = jsonOptions;
        return this;
    }

    /// <summary>Builds the serializer.</summary>
    /// <exception cref="InvalidOperationException">An upcaster chain does not end at a registered manifest, or loops.</exception>
    public EventSerializer Build()
    {
        foreach (var upcaster in upcasters.Values)
        {
            var seen = new HashSet<EventManifest> { upcaster.From };
            var target = upcaster.To;
            while (!typesByManifest.ContainsKey(target))
            {
                if (!upcasters.TryGetValue(target, out var next) || !seen.Add(target))
                {
                    throw new InvalidOperationException($"The upcaster from '{upcaster.From}' leads to '{target}', which is neither registered nor upcast further (or loops).");
                }

                target = next.To;
            }
        }

        var jsonOptions = options ?? new JsonSerializerOptions(JsonSerializerDefaults.General) { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
        jsonOptions.MakeReadOnly(populateMissingResolver: true);
        return new EventSerializer(manifestsByType, typesByManifest, upcasters, jsonOptions);
    }
}
