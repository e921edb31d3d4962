using System.Text.Json.Nodes;

namespace FractalTrader.Runtime;

/// <summary>
/// Turns a payload stored under an old manifest into the JSON of a newer one (a new field with
/// its default, a renamed event). Upcasters chain: <c>fill@1</c> to <c>fill@2</c> to
/// <c>order-filled@3</c>. Immutable and thread-safe if <see cref="Transform"/> is.
/// </summary>
/// <param name="From">The manifest found in the journal.</param>
/// <param name="To">The manifest the transformed JSON conforms to.</param>
/// <param name="Transform">Rewrites the old JSON; it may change the node it is given and return it.</param>
public sealed record EventUpcaster(EventManifest From, EventManifest To, Func<JsonNode, JsonNode> Transform);
