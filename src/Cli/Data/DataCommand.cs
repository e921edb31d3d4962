using System.CommandLine;

namespace FractalTrader.Cli.Data;

/// <summary><c>fractal data …</c>: market data files.</summary>
public static class DataCommand
{
    /// <summary>The command group.</summary>
    public static Command Create()
    {
        var command = new Command("data", "Market data files: fetch");
        command.Subcommands.Add(DataFetchCommand.Create());
        return command;
    }
}
