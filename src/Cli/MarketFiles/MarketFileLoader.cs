using FractalTrader.Cli.Terminal;
using FractalTrader.Trading.Backtesting;
using FractalTrader.Trading.MarketData;

namespace FractalTrader.Cli.MarketFiles;

/// <summary>
/// Loads the candle files named by <c>--data</c> (comma-separated or repeated). The symbol and
/// interval come from the file name (<c>synthetic-BTC-1h.csv</c> → BTC, 1h); a name without them
/// uses the file name as symbol and the spacing of the first candles as interval.
/// </summary>
internal static class MarketFileLoader
{
    public static IReadOnlyList<string> Paths(IEnumerable<string>? values)
    {
        var paths = (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
        return paths.Length == 0 ? throw new UsageException("--data names no candle file") : paths;
    }

    public static IReadOnlyList<BacktestMarket> Load(IEnumerable<string>? values, bool lenient)
    {
        var markets = new List<BacktestMarket>();
        foreach (var path in Paths(values))
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"{path}: no such candle file", path);
            }

            var candles = CandleCsv.Read(path, lenient);
            if (candles.Count == 0)
            {
                throw new CandleDataException(path, 0, "the file holds no candles");
            }

            var (symbol, timeframe) = Identify(path, candles);
            if (markets.Any(m => string.Equals(m.Symbol, symbol, StringComparison.Ordinal)))
            {
                throw new UsageException($"{path}: symbol {symbol} is already loaded from another file");
            }

            markets.Add(new BacktestMarket(symbol, timeframe, CandleSeries.From(candles)));
        }

        return markets;
    }

    /// <summary>Symbol and interval from a file name such as <c>synthetic-BTC-1h.csv</c>.</summary>
    public static (string Symbol, Timeframe Timeframe) Identify(string path, IReadOnlyList<Candle> candles)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var parts = name.Split('-', '_', '.');
        var at = Array.FindLastIndex(parts, p => Timeframe.TryParse(p, out _));
        if (at > 0 && Timeframe.TryParse(parts[at], out var named))
        {
            return (parts[at - 1], named);
        }

        var spacing = candles.Count > 1 ? candles[1].OpenTime - candles[0].OpenTime : TimeSpan.FromHours(1);
        var timeframe = Timeframe.All.FirstOrDefault(t => t.Duration == spacing);
        return (name, timeframe.Name is null ? Timeframe.H1 : timeframe);
    }
}
