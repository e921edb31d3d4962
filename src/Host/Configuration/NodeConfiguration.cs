using System.Reflection;
using FractalTrader.Runtime.Configuration;

namespace FractalTrader.Host.Configuration;

/// <summary>
/// Finds and loads the node's HOCON: the file given with <c>--config</c>, else
/// <c>hocon/fractal.conf</c> in the working folder, over the copy embedded in the host (so a node
/// starts from anywhere, and every key a file leaves out keeps its default). <c>${?FRACTAL_...}</c> substitutions and <c>CONFIG_FORCE_path_to_key</c>
/// variables override from the environment; command-line options override last. Stateless.
/// </summary>
public static class NodeConfiguration
{
    /// <summary>The file looked for in the working folder.</summary>
    public const string DefaultFile = "hocon/fractal.conf";

    /// <summary>Loads the configuration.</summary>
    /// <param name="file">A HOCON file, or null for the default.</param>
    /// <param name="overrides">Keys set on the command line (path to HOCON value text).</param>
    /// <param name="environment">Variables to read; null reads the process environment.</param>
    /// <exception cref="HoconException">The file cannot be read or parsed, or a substitution cannot be resolved.</exception>
    public static Config Load(string? file, IReadOnlyDictionary<string, string> overrides, IReadOnlyDictionary<string, string>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var resolve = environment is null ? HoconResolveOptions.Default : HoconResolveOptions.FromEnvironment(environment);
        // The embedded defaults sit beneath any file, as Akka's reference.conf does: a file written
        // for an older node, or one that sets only a few keys, still gets every other default.
        var defaults = Config.ParseUnresolved(EmbeddedDefaults(), new HoconParseOptions { SourceName = "embedded fractal.conf" });
        var path = file ?? (File.Exists(DefaultFile) ? DefaultFile : null);
        var loaded = path is null ? defaults : Config.LoadUnresolved(path).WithFallback(defaults);
        var config = loaded.Resolve(resolve).WithEnvironmentOverrides(environment);
        if (overrides.Count > 0)
        {
            var text = string.Join('\n', overrides.Select(o => $"{o.Key} = {System.Text.Json.JsonSerializer.Serialize(o.Value)}"));
            config = Config.Parse(text, new HoconParseOptions { SourceName = "command line" }, HoconResolveOptions.WithoutEnvironment).WithFallback(config);
        }

        return config;
    }

    private static string EmbeddedDefaults()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("fractal.conf")
            ?? throw new InvalidOperationException("The host was built without its embedded fractal.conf.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
