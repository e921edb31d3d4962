using System.CommandLine;

namespace FractalTrader.Cli.Data;

/// <summary><c>fractal data</c>: market data files (synthetic generation; venue downloads live beside it).</summary>
public static class DataCommand
{
    /// <summary>Builds the command group.</summary>
    public static Command Create()
    {
        var command = new Command("data", "Market data files");
        command.Subcommands.Add(SynthCommand.Create());
        return command;
    }
}
