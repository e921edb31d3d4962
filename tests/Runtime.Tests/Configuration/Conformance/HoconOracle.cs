using System.Text.Json;
using FractalTrader.Runtime.Configuration;
using FractalTrader.Testing;

namespace FractalTrader.Runtime.Tests.Configuration.Conformance;

/// <summary>Paths into ../shared/oracle/hocon and the settings the reference corpus was produced with.</summary>
public static class HoconOracle
{
    public static string Root => RepositoryLayout.Oracle("hocon");

    public static string Fixture(params string[] parts) => Path.Combine([Root, "fixtures", .. parts]);

    public static string Expected(params string[] parts) => Path.Combine([Root, "expected", .. parts]);

    /// <summary>The reference's classpath, emulated as include search roots (MANIFEST §4).</summary>
    public static HoconParseOptions Options { get; } = new()
    {
        IncludeSearchRoots = [Fixture(), Fixture("_classpath")],
    };

    /// <summary>Loads a fixture and resolves it without environment variables (the reference's noSystem).</summary>
    public static Config Load(string fixture) => Config.Load(Fixture(fixture), Options, HoconResolveOptions.WithoutEnvironment);

    public static Config Parse(string text) => Config.Parse(text, Options, HoconResolveOptions.WithoutEnvironment);

    public static Config ParseWithEnvironment(string text, IReadOnlyDictionary<string, string> environment) =>
        Config.Parse(text, Options, HoconResolveOptions.FromEnvironment(environment));

    /// <summary>A JSON tree read with System.Text.Json, independent of the parser under test.</summary>
    public static HoconValue FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Convert(document.RootElement);
    }

    public static HoconValue FromJsonFile(string path) => FromJson(File.ReadAllText(path));

    private static HoconValue Convert(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => new HoconObject(e.EnumerateObject().Select(p => new KeyValuePair<string, HoconValue>(p.Name, Convert(p.Value)))),
        JsonValueKind.Array => new HoconList(e.EnumerateArray().Select(Convert)),
        JsonValueKind.String => new HoconString(e.GetString()!),
        JsonValueKind.Number => e.TryGetInt64(out var l) ? HoconNumber.FromLong(l) : HoconNumber.FromDouble(e.GetDouble()),
        JsonValueKind.True => new HoconBoolean(true),
        JsonValueKind.False => new HoconBoolean(false),
        _ => new HoconNull(),
    };
}
