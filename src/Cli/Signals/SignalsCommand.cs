using System.CommandLine;
using System.Globalization;
using FractalTrader.Cli.MarketFiles;
using FractalTrader.Cli.Terminal;
using FractalTrader.Trading.Strategies;
using Spectre.Console;

namespace FractalTrader.Cli.Signals;

/// <summary><c>fractal signals</c>: every signal the strategies find in a candle file (batch, as the original lists them).</summary>
public static class SignalsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Candle CSV file (timestamp,open,high,low,close,volume)", Required = true };
        var lenient = new Option<bool>("--lenient") { Description = "Accept candles with inconsistent OHLC (the original's fixtures)" };
        var strategy = new Option<string>("--strategy") { Description = "liquidity_sweep, fvg_fill, bos_orderblock or all", DefaultValueFactory = _ => "all" };
        var json = new Option<bool>("--json") { Description = "Print the original's JSON format (pure JSON on stdout)" };
        var command = new Command("signals", "List the signals each strategy finds in a candle file, in the original bot's order")
        {
            data, lenient, strategy, json,
        };

        command.SetAction((parseResult, cancellationToken) => CommandOutcome.RunAsync(parseResult.InvocationConfiguration.Error, async () =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var strategies = StrategySelection.Parse(parseResult.GetValue(strategy));
            var market = MarketFileLoader.Load([parseResult.GetRequiredValue(data)], parseResult.GetValue(lenient)).Single();
            var lists = strategies
                .Select(p => (p.Kind, SignalScanner.Scan(market.Series, p, market.Symbol, market.Timeframe)))
                .ToList();
            if (parseResult.GetValue(json))
            {
                await output.WriteLineAsync(SignalListJson.Render(lists));
                return CommandOutcome.Ok;
            }

            var console = OperatorConsole.Over(output);
            foreach (var (kind, signals) in lists)
            {
                console.Write(Table(kind, signals, market.Symbol));
            }

            cancellationToken.ThrowIfCancellationRequested();
            return CommandOutcome.Ok;
        }));
        return command;
    }

    private static Table Table(StrategyKind kind, IReadOnlyList<Signal> signals, string symbol)
    {
        var table = new Table().Title($"{Markup.Escape(kind.Name)} · {Markup.Escape(symbol)} · {signals.Count} signals");
        foreach (var column in new[] { "bar", "time (UTC)", "side", "entry", "stop", "target", "confidence", "R:R" })
        {
            table.AddColumn(column);
        }

        foreach (var s in signals)
        {
            table.AddRow(
                s.Bar.ToString(CultureInfo.InvariantCulture),
                s.BarTime.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                s.Direction == TradeDirection.Long ? "[green]long[/]" : "[red]short[/]",
                OperatorConsole.Price(s.Entry),
                OperatorConsole.Price(s.StopLoss),
                OperatorConsole.Price(s.TakeProfit),
                s.Confidence.ToString(CultureInfo.InvariantCulture),
                s.RiskReward.ToString("F2", CultureInfo.InvariantCulture));
        }

        return table;
    }
}
