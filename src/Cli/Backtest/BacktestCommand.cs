using System.CommandLine;
using System.Globalization;
using FractalTrader.Cli.MarketFiles;
using FractalTrader.Cli.Terminal;
using FractalTrader.Trading.Backtesting;
using FractalTrader.Trading.Backtesting.Reports;
using Spectre.Console;

namespace FractalTrader.Cli.Backtest;

/// <summary><c>fractal backtest</c>: replay candle files through the live strategies and risk rules and write JSON and HTML reports.</summary>
public static class BacktestCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var settings = new BacktestSettings();
        var command = new Command("backtest", "Backtest strategies on candle files (same engine and risk rules as live) and write reports");
        settings.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => CommandOutcome.RunAsync(parseResult.InvocationConfiguration.Error, async () =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var strategies = StrategySelection.Parse(parseResult.GetValue(settings.Strategy));
            var markets = MarketFileLoader.Load(parseResult.GetValue(settings.Data), parseResult.GetValue(settings.Lenient));
            var options = settings.Options(parseResult, markets.Select(m => m.Symbol));
            var json = parseResult.GetValue(settings.Json);
            var console = OperatorConsole.Over(output);
            var label = $"backtest {string.Join(", ", markets.Select(m => m.Symbol))}";
            var result = json
                ? Backtester.Run(markets, strategies, options, cancellationToken: cancellationToken)
                : await OperatorConsole.WithProgressAsync(console, label, progress => Backtester.Run(markets, strategies, options, progress: progress, cancellationToken: cancellationToken), cancellationToken);

            var folder = parseResult.GetValue(settings.Out) ?? "reports";
            var report = BacktestJson.Render(result);
            var jsonPath = await BacktestSettings.WriteReportAsync(folder, "backtest.json", report, cancellationToken);
            var title = $"FractalTrader backtest · {string.Join(", ", markets.Select(m => m.Symbol))}";
            var htmlPath = await BacktestSettings.WriteReportAsync(folder, "backtest.html", BacktestHtml.Render(result, title), cancellationToken);
            if (json)
            {
                await output.WriteLineAsync(report);
                return CommandOutcome.Ok;
            }

            console.Write(Summary(result));
            console.MarkupLine($"Reports: [link]{Markup.Escape(htmlPath)}[/] and [link]{Markup.Escape(jsonPath)}[/]");
            return CommandOutcome.Ok;
        }));
        return command;
    }

    private static Table Summary(BacktestResult result)
    {
        var m = result.Metrics;
        var table = new Table().AddColumn("figure").AddColumn(new TableColumn("value").RightAligned());
        void Row(string name, string value) => table.AddRow(Markup.Escape(name), Markup.Escape(value));
        Row("bars", string.Join(", ", result.Markets.Select(x => $"{x.Symbol} {x.Bars}")));
        Row("signals", result.Signals.ToString(CultureInfo.InvariantCulture));
        Row("trades", m.Trades.Trades.ToString(CultureInfo.InvariantCulture));
        Row("total return", Percent(m.TotalReturn));
        Row("CAGR", Percent(m.Cagr));
        Row("Sharpe", m.Sharpe.ToString("F2", CultureInfo.InvariantCulture));
        Row("Sortino", m.Sortino.ToString("F2", CultureInfo.InvariantCulture));
        Row("max drawdown", Percent(m.MaxDrawdown));
        Row("win rate", Percent(m.Trades.WinRate));
        Row("profit factor", m.Trades.ProfitFactor?.ToString("F2", CultureInfo.InvariantCulture) ?? "n/a");
        Row("final equity", m.FinalEquity.ToString("N2", CultureInfo.InvariantCulture));
        return table;
    }

    private static string Percent(double fraction) => (fraction * 100).ToString("F2", CultureInfo.InvariantCulture) + "%";
}
