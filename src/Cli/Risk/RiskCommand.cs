using System.CommandLine;
using System.Globalization;
using FractalTrader.Cli.Node;
using FractalTrader.Cli.Terminal;
using FractalTrader.Messages.Risk;

namespace FractalTrader.Cli.Risk;

/// <summary>
/// <c>fractal risk</c>: a running node's trading state and the operator's commands over its
/// management API: <c>status</c>, <c>halt</c>, <c>resume</c>, <c>emergency-stop</c>. Every command
/// is journaled by the node's risk guardian with its reason and survives restarts.
/// </summary>
public static class RiskCommand
{
    /// <summary>The command group.</summary>
    public static Command Create()
    {
        var risk = new Command("risk", "A running node's trading state (ACTIVE, REDUCING, HALTED) and the operator's commands");
        risk.Subcommands.Add(Build("status", "Show the trading state, why, equity against its high-water mark and the breaker counters", reason: null, send: null));
        risk.Subcommands.Add(Build("halt", "Stop new entries now (exits and protective orders stay); lasts until `fractal risk resume`", Reason(required: true), "/api/risk/halt"));
        risk.Subcommands.Add(Build("resume", "Return a HALTED or REDUCING node to ACTIVE (breaker counters and the high-water mark start afresh)", Reason(required: false), "/api/risk/resume"));
        risk.Subcommands.Add(Build("emergency-stop", "Halt, cancel every order and flatten every position with reduce-only orders", Reason(required: true), "/api/risk/emergency-stop"));
        return risk;
    }

    private static Option<string> Reason(bool required) => new("--reason")
    {
        Description = required ? "Why (journaled with the new state)" : "Why (journaled with the new state; optional)",
        Required = required,
    };

    private static Command Build(string name, string description, Option<string>? reason, string? send)
    {
        var command = new Command(name, description);
        var node = NodeOptions.Address();
        var json = NodeOptions.Json();
        command.Options.Add(node);
        command.Options.Add(json);
        if (reason is not null)
        {
            command.Options.Add(reason);
        }

        command.SetAction((parseResult, ct) => CommandOutcome.RunAsync(parseResult.InvocationConfiguration.Error, async () =>
        {
            using var client = new NodeApiClient(parseResult.GetValue(node)!, NodeOptions.Timeout);
            var (text, status) = send is null
                ? await client.GetAsync<RiskStatus>("/api/risk", ct)
                : await client.PostAsync<RiskStatus>(send, reason is null ? null : parseResult.GetValue(reason), ct);
            var output = parseResult.InvocationConfiguration.Output;
            await output.WriteLineAsync(parseResult.GetValue(json) ? text : Describe(status));
            return CommandOutcome.Ok;
        }));
        return command;
    }

    private static string Describe(RiskStatus status)
    {
        var equity = status.Equity is { } e ? OperatorConsole.Price(e) : "unknown";
        var enabled = status.TradingEnabled ? string.Empty : " (waiting for the first reconciliation: nothing is approved yet)";
        return string.Create(CultureInfo.InvariantCulture, $"""
            trading {status.State.ToString().ToUpperInvariant()}{enabled} since {status.Since:yyyy-MM-dd HH:mm:ss}Z: {status.Reason}
            equity {equity}, high-water mark {OperatorConsole.Price(status.HighWaterMark)}, {status.ConsecutiveLosses} losing trades in a row, {status.SignalsDecided} signals decided
            """);
    }
}
