using System.Text.Json.Nodes;
using FractalTrader.Testing;

namespace FractalTrader.Exchange.Tests.Hyperliquid;

/// <summary>Reads ../shared/oracle/hyperliquid/vectors.json (order-preserving) and serves cases by id.</summary>
public static class OracleVectors
{
    private static readonly Lazy<IReadOnlyDictionary<string, JsonObject>> ById = new(Load);

    public static JsonObject Get(string id) => ById.Value[id];

    /// <summary>One theory row per vector id of the given kinds, so a failure names its vector.</summary>
    public static TheoryData<string> Ids(params string[] kinds)
    {
        var data = new TheoryData<string>();
        foreach (var (id, vector) in ById.Value)
        {
            if (kinds.Contains(vector["kind"]!.GetValue<string>()))
            {
                data.Add(id);
            }
        }

        return data;
    }

    private static IReadOnlyDictionary<string, JsonObject> Load()
    {
        var text = File.ReadAllText(RepositoryLayout.Oracle("hyperliquid", "vectors.json"));
        var cases = JsonNode.Parse(text)!.AsArray();
        var result = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var item in cases)
        {
            var vector = item!.AsObject();
            result.Add(vector["id"]!.GetValue<string>(), vector);
        }

        return result;
    }
}
