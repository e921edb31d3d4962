using FractalTrader.Exchange.Hyperliquid.Venue;
using FractalTrader.Exchange.Simulated;
using FractalTrader.Trading.MarketData;

namespace FractalTrader.Cli.Tests.Data;

public sealed class DataFetchCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("cli-fetch-").FullName;

    [Fact]
    public async Task Fetch_pages_candles_from_the_fake_venue_into_a_csv_file()
    {
        using var venue = new SimulatedVenue(new SimulatedVenueOptions { HistoryBars = 600 }, TimeProvider.System);
        await using var server = await FakeHyperliquidVenue.StartAsync(venue);
        var file = Path.Combine(directory, "btc.csv");

        var run = await FractalCli.RunAsync("data", "fetch", "--exchange", "hyperliquid", "--symbol", "BTC", "--interval", "1m", "--days", "1", "--out", file, "--url", server.BaseUrl.ToString());

        run.ExitCode.Should().Be(0, run.Error);
        var candles = CandleCsv.Read(file);
        candles.Count.Should().BeInRange(590, 601);
        candles.Select(c => c.OpenTime).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        run.Output.Should().Contain($"wrote {candles.Count} 1m candles of BTC");
    }

    [Fact]
    public async Task Fetch_pages_past_the_5000_bar_cap_of_one_candle_snapshot()
    {
        var btcOnly = SimulatedUniverse.Default.Where(u => string.Equals(u.Instrument.Symbol, "BTC", StringComparison.Ordinal)).ToList();
        using var venue = new SimulatedVenue(new SimulatedVenueOptions { HistoryBars = 6000, Universe = btcOnly }, TimeProvider.System);
        await using var server = await FakeHyperliquidVenue.StartAsync(venue);
        var file = Path.Combine(directory, "btc-5d.csv");

        var run = await FractalCli.RunAsync("data", "fetch", "--symbol", "BTC", "--interval", "1m", "--days", "5", "--out", file, "--url", server.BaseUrl.ToString());

        run.ExitCode.Should().Be(0, run.Error);
        var candles = CandleCsv.Read(file);
        candles.Count.Should().BeInRange(5990, 6000);
        candles.Select(c => c.OpenTime).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        (candles[^1].OpenTime - candles[0].OpenTime).Should().Be(TimeSpan.FromMinutes(candles.Count - 1), "no bar is missing between pages");
    }

    [Fact]
    public async Task Unknown_interval_is_a_usage_error_naming_it()
    {
        var run = await FractalCli.RunAsync("data", "fetch", "--symbol", "BTC", "--interval", "7m", "--days", "1", "--out", Path.Combine(directory, "x.csv"));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("unknown interval '7m'");
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
