using System.CommandLine;

namespace FractalTrader.Cli.Hyperliquid;

/// <summary><c>fractal hyperliquid …</c>: signing tools for debugging "User or API Wallet … does not exist".</summary>
public static class HyperliquidCommand
{
    /// <summary>The command group.</summary>
    public static Command Create()
    {
        var command = new Command("hyperliquid", "Hyperliquid signing tools: sign, sign-user, address");
        command.Subcommands.Add(SignCommand.Create());
        command.Subcommands.Add(SignUserCommand.Create());
        command.Subcommands.Add(AddressCommand.Create());
        return command;
    }
}
