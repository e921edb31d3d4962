using System.CommandLine;

namespace FractalTrader.Cli.Data;

/// <summary><c>fractal data</c>: market data files (synthetic generation and venue downloads).</summary>
public static class DataCommand
{
    /// <summary>Builds the command group.</summary>
    public static Command Create()
    {
        var command = new Command("data", "Market data files: synth, fetch");
        command.Subcommands.Add(SynthCommand.Create());
        command.Subcommands.Add(DataFetchCommand.Create());
        return command;
    }
}
