using System.CommandLine;

namespace FractalTrader.Host.Hosting;

/// <summary>
/// The host's command line. Each option sets one configuration key (so <c>--venue URL</c> is
/// <c>fractal.node.venue.url</c>); the configuration file and environment give the rest. Stateless.
/// </summary>
public static class HostCommandLine
{
    /// <summary>Options and the keys they set.</summary>
    private static readonly (string Option, string Key, string Description)[] KeyOptions =
    [
        ("--venue", "fractal.node.venue.url", "Trade on this Hyperliquid-compatible API (`fractal venue` or testnet) instead of the in-process simulated venue"),
        ("--network", "fractal.node.venue.network", "testnet or mainnet signatures"),
        ("--speed", "fractal.node.market.speed", "Market seconds per wall second (3600 replays an hour bar per second)"),
        ("--clock-origin", "fractal.node.market.clock-origin", "ISO time at which market time equals wall time (the fake venue's --clock-origin)"),
        ("--health-port", "fractal.node.health.port", "TCP port of /health/live and /health/ready on loopback (0 picks a free one)"),
        ("--journal", "fractal.persistence.journal.sqlite.path", "SQLite journal file"),
        ("--venue-state", "fractal.node.simulated.state-path", "SQLite file of the in-process simulated venue"),
        ("--logs", "fractal.logging.file.directory", "Folder of the rolling JSON logs"),
        ("--name", "fractal.node.name", "Node name in logs"),
        ("--timeframe", "fractal.node.timeframe", "Bar interval the strategies trade"),
    ];

    /// <summary>What the command line asked for.</summary>
    /// <param name="ConfigFile">The HOCON file, or null for the default.</param>
    /// <param name="Overrides">Configuration keys set by options.</param>
    public sealed record Parsed(string? ConfigFile, IReadOnlyDictionary<string, string> Overrides);

    /// <summary>Parses <paramref name="args"/>; usage errors and --help are written to <paramref name="error"/>/<paramref name="output"/> and give null with an exit code.</summary>
    public static (Parsed? Parsed, int ExitCode) Parse(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("FractalTrader node: paper-trades the bundled data on the simulated venue, or trades a Hyperliquid-compatible venue with --venue");
        var config = new Option<FileInfo?>("--config") { Description = "HOCON file (default: hocon/fractal.conf, else the embedded defaults)" };
        root.Options.Add(config);
        var options = KeyOptions.Select(k => (Option: new Option<string?>(k.Option) { Description = k.Description }, k.Key)).ToList();
        foreach (var (option, _) in options)
        {
            root.Options.Add(option);
        }

        Parsed? parsed = null;
        root.SetAction(result =>
        {
            var overrides = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (option, key) in options)
            {
                if (result.GetValue(option) is { } value)
                {
                    overrides[key] = value;
                }
            }

            parsed = new Parsed(result.GetValue(config)?.FullName, overrides);
            return 0;
        });
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (parsed, parsed is null && exit == 0 ? 0 : exit == 1 ? 2 : exit);
    }
}
