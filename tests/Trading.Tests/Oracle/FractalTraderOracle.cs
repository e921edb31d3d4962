using System.Collections.Concurrent;
using System.Text.Json;
using FractalTrader.Testing;
using FractalTrader.Trading.MarketData;

namespace FractalTrader.Trading.Tests.Oracle;

/// <summary>The golden vectors of the original bot in ../shared/oracle/fractaltrader (read, never copied).</summary>
public static class FractalTraderOracle
{
    private static readonly ConcurrentDictionary<string, (IReadOnlyList<Candle> Candles, JsonElement Expected)> Cache = new(StringComparer.Ordinal);

    public static string Directory => RepositoryLayout.Oracle("fractaltrader");

    /// <summary>Dataset names (file names without extension), sorted.</summary>
    public static IReadOnlyList<string> Datasets { get; } =
        System.IO.Directory.GetFiles(Directory, "*.csv").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToArray();

    public static string CsvPath(string dataset) => Path.Combine(Directory, dataset + ".csv");

    public static string ExpectedPath(string dataset) => Path.Combine(Directory, dataset + ".expected.json");

    public static IReadOnlyList<Candle> Candles(string dataset) => Load(dataset).Candles;

    public static CandleSeries Series(string dataset) => CandleSeries.From(Candles(dataset));

    /// <summary>The expected element at a dotted path, e.g. <c>n5.swing_highs</c>.</summary>
    public static JsonElement Expected(string dataset, string path)
    {
        var element = Load(dataset).Expected;
        foreach (var part in path.Split('/'))
        {
            element = element.GetProperty(part);
        }

        return element;
    }

    public static JsonElement Root(string dataset) => Load(dataset).Expected;

    private static (IReadOnlyList<Candle> Candles, JsonElement Expected) Load(string dataset) =>
        Cache.GetOrAdd(dataset, name =>
        {
            var candles = CandleCsv.Read(CsvPath(name), lenient: true);
            using var document = JsonDocument.Parse(File.ReadAllText(ExpectedPath(name)));
            return (candles, document.RootElement.Clone());
        });
}
