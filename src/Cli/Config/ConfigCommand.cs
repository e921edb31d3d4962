using System.CommandLine;
using FractalTrader.Runtime.Configuration;
using FractalTrader.Runtime.Configuration.Rendering;
using HoconConfig = FractalTrader.Runtime.Configuration.Config;

namespace FractalTrader.Cli.Config;

/// <summary><c>fractal config</c>: inspect the node configuration (HOCON files in <c>hocon/</c>).</summary>
public static class ConfigCommand
{
    /// <summary>The default configuration file, relative to the working directory.</summary>
    public const string DefaultFile = "hocon/fractal.conf";

    /// <summary>Builds <c>fractal config</c> reading environment overrides from the process environment.</summary>
    public static Command Create() => Create(environment: null);

    /// <summary>Builds <c>fractal config</c>; <paramref name="environment"/> replaces the process environment (tests).</summary>
    internal static Command Create(IReadOnlyDictionary<string, string>? environment)
    {
        var file = new Option<string>("--file", "-f")
        {
            Description = $"The HOCON file to load (default: {DefaultFile})",
            DefaultValueFactory = _ => DefaultFile,
        };
        var json = new Option<bool>("--json")
        {
            Description = "Print exactly the resolved tree as JSON (numbers as numbers) and nothing else",
        };
        var show = new Command("show", "Print the resolved effective configuration: includes merged, substitutions and FRACTAL_* environment overrides applied, secret-looking values redacted");
        show.Options.Add(file);
        show.Options.Add(json);
        show.SetAction(parseResult => Show(parseResult, parseResult.GetValue(file)!, parseResult.GetValue(json), environment));

        var config = new Command("config", "Inspect the node configuration");
        config.Subcommands.Add(show);
        return config;
    }

    private static int Show(ParseResult parseResult, string file, bool asJson, IReadOnlyDictionary<string, string>? environment)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        HoconObject root;
        try
        {
            var options = environment is null ? HoconResolveOptions.Default : HoconResolveOptions.FromEnvironment(environment);
            root = SecretKeys.Redact(HoconConfig.Load(file, resolveOptions: options).Root);
        }
        catch (HoconException e)
        {
            error.WriteLine("fractal config show: " + e.Message);
            return 1;
        }

        if (asJson)
        {
            output.WriteLine(JsonRenderer.Render(root));
        }
        else
        {
            output.WriteLine($"# Effective configuration from {file} (includes merged, substitutions resolved, secret values shown as {SecretKeys.Placeholder})");
            output.Write(HoconRenderer.Render(root));
        }

        return 0;
    }
}
