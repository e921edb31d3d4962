using System.CommandLine;
using FractalTrader.Cli.Terminal;
using FractalTrader.Exchange.Hyperliquid.Client;
using FractalTrader.Trading.MarketData;

namespace FractalTrader.Cli.Data;

/// <summary><c>fractal data fetch</c>: downloads candle history (paged candleSnapshot) into a candle CSV file.</summary>
internal static class DataFetchCommand
{
    public static Command Create()
    {
        var command = new Command("fetch", "Download candles from an exchange into a CSV file");
        var exchange = new Option<string>("--exchange") { Description = "Exchange (hyperliquid)", DefaultValueFactory = _ => "hyperliquid" };
        var symbol = new Option<string>("--symbol") { Description = "Coin, e.g. BTC", Required = true };
        var interval = new Option<string>("--interval") { Description = "Bar interval, e.g. 1h", Required = true };
        var days = new Option<int>("--days") { Description = "How many days back from now", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "CSV file to write", Required = true };
        var url = new Option<string?>("--url") { Description = "API base URL (default: Hyperliquid testnet; a local `fractal venue` for demos)" };
        foreach (var option in new Option[] { exchange, symbol, interval, days, output, url })
        {
            command.Options.Add(option);
        }

        command.SetAction((parseResult, ct) => CommandOutcome.RunAsync(parseResult.InvocationConfiguration.Error, async () =>
        {
            if (!string.Equals(parseResult.GetValue(exchange), "hyperliquid", StringComparison.OrdinalIgnoreCase))
            {
                throw new UsageException($"--exchange {parseResult.GetValue(exchange)} is not supported; only hyperliquid is.");
            }

            if (!Timeframe.TryParse(parseResult.GetValue(interval), out var timeframe))
            {
                throw new UsageException($"unknown interval '{parseResult.GetValue(interval)}'; expected one of {string.Join(", ", Timeframe.All.Select(t => t.Name))}");
            }

            var dayCount = parseResult.GetValue(days);
            if (dayCount <= 0)
            {
                throw new UsageException($"--days {dayCount} must be positive.");
            }

            using var marketData = new HyperliquidMarketData(new HyperliquidClientOptions { BaseUrl = parseResult.GetValue(url) is { } u ? new Uri(u) : null });
            var to = TimeProvider.System.GetUtcNow();
            var candles = await marketData.GetCandlesAsync(parseResult.GetValue(symbol)!, timeframe, to.AddDays(-dayCount), to, ct);
            var file = parseResult.GetValue(output)!;
            CandleCsv.Write(file.FullName, candles);
            await parseResult.InvocationConfiguration.Output.WriteLineAsync($"wrote {candles.Count} {timeframe.Name} candles of {parseResult.GetValue(symbol)} to {file.FullName}");
            return 0;
        }));
        return command;
    }
}
