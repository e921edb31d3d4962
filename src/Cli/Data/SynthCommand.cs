using System.CommandLine;
using System.Globalization;
using FractalTrader.Cli.Terminal;
using FractalTrader.Trading.MarketData;
using FractalTrader.Trading.MarketData.Synthetic;

namespace FractalTrader.Cli.Data;

/// <summary><c>fractal data synth</c>: seeded synthetic candles for correlated symbols, written as <c>synthetic-SYMBOL-INTERVAL.csv</c>.</summary>
public static class SynthCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var symbols = new Option<string>("--symbols") { Description = "Symbols, comma-separated", DefaultValueFactory = _ => "BTC,ETH,SOL" };
        var interval = new Option<string>("--interval") { Description = "Candle interval (1m … 1w)", DefaultValueFactory = _ => "1h" };
        var bars = new Option<int>("--bars") { Description = "Candles per symbol", DefaultValueFactory = _ => 8_760 };
        var seed = new Option<long>("--seed") { Description = "Seed: the same seed writes the same files", DefaultValueFactory = _ => 42 };
        var start = new Option<string>("--start") { Description = "Open time of the first candle (UTC, yyyy-MM-dd)", DefaultValueFactory = _ => "2025-01-01" };
        var correlation = new Option<double>("--correlation") { Description = "Correlation of returns between symbols, 0 to <1", DefaultValueFactory = _ => SyntheticMarket.DefaultCorrelation };
        var output = new Option<string>("--out") { Description = "Folder to write the CSV files to", DefaultValueFactory = _ => "data" };
        var command = new Command("synth", "Generate synthetic candles (trending, ranging and volatile regimes; correlated symbols)")
        {
            symbols, interval, bars, seed, start, correlation, output,
        };

        command.SetAction((parseResult, cancellationToken) => CommandOutcome.RunAsync(parseResult.InvocationConfiguration.Error, async () =>
        {
            if (!Timeframe.TryParse(parseResult.GetValue(interval), out var timeframe))
            {
                throw new UsageException($"unknown interval '{parseResult.GetValue(interval)}'; expected one of {string.Join(", ", Timeframe.All.Select(t => t.Name))}");
            }

            if (!DateTime.TryParseExact(parseResult.GetValue(start), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var startDate))
            {
                throw new UsageException($"--start '{parseResult.GetValue(start)}' is not a date like 2025-01-01");
            }

            var count = parseResult.GetValue(bars);
            var rho = parseResult.GetValue(correlation);
            if (count < 1 || rho is < 0 or >= 1)
            {
                throw new UsageException($"--bars must be at least 1 (got {count}) and --correlation in [0, 1) (got {rho.ToString(CultureInfo.InvariantCulture)})");
            }

            var list = (parseResult.GetValue(symbols) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (list.Length == 0 || list.Distinct(StringComparer.OrdinalIgnoreCase).Count() != list.Length)
            {
                throw new UsageException("--symbols must name distinct symbols, e.g. BTC,ETH,SOL");
            }

            var market = SyntheticMarket.Generate([.. list.Select(SyntheticSymbol.For)], timeframe, count, parseResult.GetValue(seed), new DateTimeOffset(startDate, TimeSpan.Zero), rho);
            var folder = parseResult.GetValue(output) ?? "data";
            var writer = parseResult.InvocationConfiguration.Output;
            foreach (var symbol in list)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var path = Path.Combine(folder, $"synthetic-{symbol}-{timeframe.Name}.csv");
                var temporary = path + ".tmp";
                CandleCsv.Write(temporary, market[SyntheticSymbol.For(symbol).Symbol]);
                File.Move(temporary, path, overwrite: true);
                await writer.WriteLineAsync($"{path}: {count} synthetic {timeframe.Name} candles of {symbol}");
            }

            return CommandOutcome.Ok;
        }));
        return command;
    }
}
