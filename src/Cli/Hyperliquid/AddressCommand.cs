using System.CommandLine;
using FractalTrader.Cli.Terminal;

namespace FractalTrader.Cli.Hyperliquid;

/// <summary><c>fractal hyperliquid address</c>: the address a key signs for (lowercase and checksummed).</summary>
internal static class AddressCommand
{
    public static Command Create()
    {
        var command = new Command("address", "Print the address of a key (what the venue recovers from its signatures)");
        var key = new KeyOptions();
        key.AddTo(command);
        command.SetAction((parseResult, _) => CommandOutcome.RunAsync(parseResult.InvocationConfiguration.Error, async () =>
        {
            var address = key.Load(parseResult).Address;
            await parseResult.InvocationConfiguration.Output.WriteLineAsync($"{address.Text} {address.ToChecksumString()}");
            return 0;
        }));
        return command;
    }
}
