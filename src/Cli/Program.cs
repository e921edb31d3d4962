using System.CommandLine;
using System.CommandLine.Invocation;
using FractalTrader.Cli.Backtest;
using FractalTrader.Cli.Config;
using FractalTrader.Cli.Data;
using FractalTrader.Cli.Hyperliquid;
using FractalTrader.Cli.Positions;
using FractalTrader.Cli.Risk;
using FractalTrader.Cli.Signals;
using FractalTrader.Cli.Terminal;
using FractalTrader.Cli.Venue;
using FractalTrader.Cli.WalkForward;

namespace FractalTrader.Cli;

/// <summary>Entry point of <c>fractal</c>, the operator CLI.</summary>
/// <remarks>
/// Each command group lives in its own folder (<c>Config/</c>, <c>Data/</c>, …) and exposes a
/// <c>Create()</c> factory added here. Commands write to
/// <c>parseResult.InvocationConfiguration.Output</c>/<c>Error</c>, never to <see cref="Console"/>
/// directly, so tests can run them in-process and read what they print.
/// </remarks>
public static class Program
{
    /// <summary>Runs the command line and returns the process exit code.</summary>
    public static Task<int> Main(string[] args) => RunAsync(args);

    /// <summary>
    /// Parses and runs <paramref name="args"/>. A line System.CommandLine cannot parse (unknown
    /// command or option, missing required option, a value of the wrong type, a failed validator)
    /// prints its errors and exits 2, a usage error; System.CommandLine itself returns 1 for those.
    /// </summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, InvocationConfiguration? configuration = null)
    {
        var parseResult = BuildRootCommand().Parse(args);
        var exitCode = await parseResult.InvokeAsync(configuration);
        return parseResult.Action is ParseErrorAction ? CommandOutcome.Usage : exitCode;
    }

    /// <summary>Builds the whole command tree; tests invoke it in-process.</summary>
    public static RootCommand BuildRootCommand()
    {
        var root = new RootCommand("fractal: the FractalTrader operator CLI");
        root.Subcommands.Add(ConfigCommand.Create());
        root.Subcommands.Add(SignalsCommand.Create());
        root.Subcommands.Add(BacktestCommand.Create());
        root.Subcommands.Add(WalkForwardCommand.Create());
        root.Subcommands.Add(DataCommand.Create());
        root.Subcommands.Add(VenueCommand.Create());
        root.Subcommands.Add(HyperliquidCommand.Create());
        root.Subcommands.Add(RiskCommand.Create());
        root.Subcommands.Add(PositionsCommand.Create());
        return root;
    }
}
