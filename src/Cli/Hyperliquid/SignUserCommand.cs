using System.CommandLine;
using System.Text.Json.Nodes;
using FractalTrader.Cli.Terminal;
using FractalTrader.Exchange.Hyperliquid.Signing;

namespace FractalTrader.Cli.Hyperliquid;

/// <summary><c>fractal hyperliquid sign-user</c>: signs a user-signed action (EIP-712 HyperliquidTransaction:*) and prints the body.</summary>
internal static class SignUserCommand
{
    public static Command Create()
    {
        var command = new Command("sign-user", "Sign a user-signed action (usdSend, withdraw3, approveAgent, …) and print the /exchange request body");
        var key = new KeyOptions();
        var network = new NetworkOptions();
        var type = new Option<string>("--type") { Description = $"Action type: {string.Join(", ", UserSignedActionType.All.Keys)}", Required = true };
        var message = new Option<FileInfo>("--message") { Description = "JSON file with the action's fields", Required = true };
        key.AddTo(command);
        network.AddTo(command);
        command.Options.Add(type);
        command.Options.Add(message);
        command.SetAction((parseResult, _) => CommandOutcome.RunAsync(parseResult.InvocationConfiguration.Error, async () =>
        {
            var signer = key.Load(parseResult);
            var actionType = UserSignedActionType.Get(parseResult.GetValue(type)!);
            var file = parseResult.GetValue(message)!;
            var action = JsonNode.Parse(await File.ReadAllTextAsync(file.FullName)) as JsonObject
                ?? throw new FormatException($"{file.FullName}: the message must be a JSON object");
            if (action["type"] is null)
            {
                action["type"] = actionType.ActionType;
            }
            else if (!string.Equals(action["type"]!.GetValue<string>(), actionType.ActionType, StringComparison.Ordinal))
            {
                throw new FormatException($"{file.FullName}: type '{action["type"]}' does not match --type {actionType.ActionType}");
            }

            var body = ExchangeRequestBody.SignUser(signer, actionType, action, network.Get(parseResult));
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(body.ToJsonString());
            return 0;
        }));
        return command;
    }
}
