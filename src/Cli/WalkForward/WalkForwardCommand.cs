using System.CommandLine;
using System.Globalization;
using FractalTrader.Cli.Backtest;
using FractalTrader.Cli.MarketFiles;
using FractalTrader.Cli.Terminal;
using FractalTrader.Trading.WalkForward;
using FractalTrader.Trading.WalkForward.Reports;
using Spectre.Console;

namespace FractalTrader.Cli.WalkForward;

/// <summary><c>fractal walk-forward</c>: grid-search in-sample, trade out-of-sample, window after window, in parallel.</summary>
public static class WalkForwardCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var settings = new BacktestSettings();
        var train = new Option<int>("--train") { Description = "Bars per training (in-sample) window", Required = true };
        var test = new Option<int>("--test") { Description = "Bars per test (out-of-sample) window", Required = true };
        var anchored = new Option<bool>("--anchored") { Description = "Training always starts at the first bar (default: rolling)" };
        var objective = new Option<string>("--objective") { Description = "sharpe, sortino, profit_factor, total_return or cagr", DefaultValueFactory = _ => "sharpe" };
        var grid = new Option<string[]>("--grid") { Description = "Values to search, e.g. liquidity_sweep.swing_period=3,5,7 (repeatable; default: a small grid per strategy)" };
        var parallelism = new Option<int>("--parallelism") { Description = "Backtests run at once (default: every core)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("walk-forward", "Walk-forward analysis: in-sample grid search, out-of-sample test, stitched equity and stability");
        settings.AddTo(command);
        foreach (var option in new Option[] { train, test, anchored, objective, grid, parallelism })
        {
            command.Options.Add(option);
        }

        command.SetAction((parseResult, cancellationToken) => CommandOutcome.RunAsync(parseResult.InvocationConfiguration.Error, async () =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var strategies = StrategySelection.Parse(parseResult.GetValue(settings.Strategy));
            var target = ParseObjective(parseResult.GetValue(objective));
            var parameterGrid = ParseGrid(strategies, parseResult.GetValue(grid));

            var markets = MarketFileLoader.Load(parseResult.GetValue(settings.Data), parseResult.GetValue(settings.Lenient));
            var options = new WalkForwardOptions
            {
                TrainBars = parseResult.GetValue(train),
                TestBars = parseResult.GetValue(test),
                Scheme = parseResult.GetValue(anchored) ? WindowScheme.Anchored : WindowScheme.Rolling,
                Objective = target,
                MaxDegreeOfParallelism = Math.Max(1, parseResult.GetValue(parallelism)),
                Backtest = settings.Options(parseResult, markets.Select(m => m.Symbol)),
            };
            CheckWindows(markets[0].Series.Count, options);

            var json = parseResult.GetValue(settings.Json);
            var console = OperatorConsole.Over(output);
            var result = json
                ? WalkForwardAnalysis.Run(markets, parameterGrid, options, cancellationToken: cancellationToken)
                : await OperatorConsole.WithProgressAsync(console, $"walk-forward, {parameterGrid.Count} candidates per window", p => WalkForwardAnalysis.Run(markets, parameterGrid, options, p, cancellationToken), cancellationToken);

            var folder = parseResult.GetValue(settings.Out) ?? "reports";
            var report = WalkForwardJson.Render(result);
            var jsonPath = await BacktestSettings.WriteReportAsync(folder, "walk-forward.json", report, cancellationToken);
            var htmlPath = await BacktestSettings.WriteReportAsync(folder, "walk-forward.html", WalkForwardHtml.Render(result), cancellationToken);
            if (json)
            {
                await output.WriteLineAsync(report);
                return CommandOutcome.Ok;
            }

            console.MarkupLine(Markup.Escape(Summary(result)));
            console.MarkupLine($"Reports: [link]{Markup.Escape(htmlPath)}[/] and [link]{Markup.Escape(jsonPath)}[/]");
            return CommandOutcome.Ok;
        }));
        return command;
    }

    private static Objective ParseObjective(string? name) =>
        Objective.TryParse(name, out var objective)
            ? objective
            : throw new UsageException($"unknown objective '{name}'; expected one of {string.Join(", ", Objective.All.Select(o => o.Name))}");

    private static ParameterGrid ParseGrid(IReadOnlyList<Trading.Strategies.StrategyParameters> strategies, string[]? specs)
    {
        try
        {
            return ParameterGrid.Parse(strategies, specs ?? []);
        }
        catch (FormatException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private static void CheckWindows(int bars, WalkForwardOptions options)
    {
        try
        {
            _ = WalkForwardAnalysis.Splits(bars, options);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message.Split(" (Parameter", 2)[0]);
        }
    }

    private static string Summary(WalkForwardResult result)
    {
        var m = result.StitchedMetrics;
        var s = result.Stability;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{s.Windows} windows · out-of-sample return {m.TotalReturn * 100:F2}% · Sharpe {m.Sharpe:F2} · max drawdown {m.MaxDrawdown * 100:F2}% · {m.Trades.Trades} trades · {s.ProfitableShare * 100:F0}% of windows profitable");
    }
}
