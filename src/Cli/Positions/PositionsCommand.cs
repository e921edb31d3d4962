using System.CommandLine;
using System.Globalization;
using FractalTrader.Cli.Node;
using FractalTrader.Cli.Terminal;
using FractalTrader.Messages.Portfolio;
using Spectre.Console;

namespace FractalTrader.Cli.Positions;

/// <summary><c>fractal positions</c>: a running node's ledger (positions from its journaled fills, realized PnL, fees, equity).</summary>
public static class PositionsCommand
{
    /// <summary>The command.</summary>
    public static Command Create()
    {
        var command = new Command("positions", "Show a running node's ledger: open positions with size and average entry, realized PnL, fees and equity");
        var node = NodeOptions.Address();
        var json = NodeOptions.Json();
        command.Options.Add(node);
        command.Options.Add(json);
        command.SetAction((parseResult, ct) => CommandOutcome.RunAsync(parseResult.InvocationConfiguration.Error, async () =>
        {
            using var client = new NodeApiClient(parseResult.GetValue(node)!, NodeOptions.Timeout);
            var (text, view) = await client.GetAsync<PortfolioView>("/api/positions", ct);
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                await output.WriteLineAsync(text);
                return CommandOutcome.Ok;
            }

            var console = OperatorConsole.Over(output);
            var table = new Table().AddColumns("symbol", "side", "size", "avg entry", "opened");
            foreach (var p in view.Positions.Where(p => p.SignedSize != 0).OrderBy(p => p.Symbol, StringComparer.Ordinal))
            {
                table.AddRow(
                    Markup.Escape(p.Symbol),
                    p.SignedSize > 0 ? "long" : "short",
                    OperatorConsole.Price(Math.Abs(p.SignedSize)),
                    OperatorConsole.Price(p.EntryPrice),
                    p.OpenedAt is { } at ? at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "-");
            }

            if (table.Rows.Count == 0)
            {
                await output.WriteLineAsync("no open positions");
            }
            else
            {
                console.Write(table);
            }

            var equity = view.Equity is { } e ? OperatorConsole.Price(e) : "unknown";
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"realized PnL {OperatorConsole.Price(view.RealizedPnl)}, fees {OperatorConsole.Price(view.Fees)}, {view.Fills} fills, equity {equity}"));
            return CommandOutcome.Ok;
        }));
        return command;
    }
}
