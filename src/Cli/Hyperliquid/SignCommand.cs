using System.CommandLine;
using System.Text.Json.Nodes;
using FractalTrader.Cli.Terminal;
using FractalTrader.Exchange.Hyperliquid.Signing;

namespace FractalTrader.Cli.Hyperliquid;

/// <summary><c>fractal hyperliquid sign</c>: signs an L1 action and prints the exact /exchange body.</summary>
internal static class SignCommand
{
    public static Command Create()
    {
        var command = new Command("sign", "Sign an L1 action (order, cancel, …) and print the exact /exchange request body");
        var key = new KeyOptions();
        var network = new NetworkOptions();
        var action = new Option<FileInfo>("--action") { Description = "JSON file with the action, keys in the SDK's order", Required = true };
        var nonce = new Option<ulong>("--nonce") { Description = "Nonce (ms timestamp)", Required = true };
        var vault = new Option<string?>("--vault") { Description = "Vault or sub-account address (0x…)" };
        var expiresAfter = new Option<ulong?>("--expires-after") { Description = "expiresAfter in ms" };
        key.AddTo(command);
        network.AddTo(command);
        command.Options.Add(action);
        command.Options.Add(nonce);
        command.Options.Add(vault);
        command.Options.Add(expiresAfter);
        command.SetAction((parseResult, _) => CommandOutcome.RunAsync(parseResult.InvocationConfiguration.Error, async () =>
        {
            var signer = key.Load(parseResult);
            var file = parseResult.GetValue(action)!;
            var node = JsonNode.Parse(await File.ReadAllTextAsync(file.FullName))
                ?? throw new FormatException($"{file.FullName}: the action is null");
            var vaultAddress = parseResult.GetValue(vault) is { } v ? WalletAddress.Parse(v) : null;
            var body = ExchangeRequestBody.SignL1(signer, node, parseResult.GetValue(nonce), vaultAddress, parseResult.GetValue(expiresAfter), network.Get(parseResult));
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(body.ToJsonString());
            return 0;
        }));
        return command;
    }
}
