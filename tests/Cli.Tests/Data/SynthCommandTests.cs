using FractalTrader.Testing;
using FractalTrader.Trading.MarketData;

namespace FractalTrader.Cli.Tests.Data;

public sealed class SynthCommandTests : IDisposable
{
    private readonly TemporaryFolder temporary = new();

    private string folder => temporary.Path;

    public void Dispose() => temporary.Dispose();

    [Fact]
    public async Task Writes_one_strict_csv_per_symbol_named_synthetic()
    {
        var run = await FractalCli.RunAsync("data", "synth", "--symbols", "BTC,ETH,SOL", "--interval", "1h", "--bars", "300", "--seed", "5", "--out", folder);

        run.ExitCode.Should().Be(0, run.Error);
        foreach (var symbol in new[] { "BTC", "ETH", "SOL" })
        {
            var path = Path.Combine(folder, $"synthetic-{symbol}-1h.csv");
            run.Output.Should().Contain($"{path}: 300 synthetic 1h candles of {symbol}");
            var candles = CandleCsv.Read(path);
            candles.Should().HaveCount(300);
            candles[0].OpenTime.Should().Be(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
        }
    }

    [Fact]
    public async Task The_same_seed_writes_the_same_bytes()
    {
        await FractalCli.RunAsync("data", "synth", "--symbols", "BTC", "--bars", "200", "--seed", "9", "--out", folder);
        var first = await File.ReadAllTextAsync(Path.Combine(folder, "synthetic-BTC-1h.csv"));

        await FractalCli.RunAsync("data", "synth", "--symbols", "BTC", "--bars", "200", "--seed", "9", "--out", folder);

        (await File.ReadAllTextAsync(Path.Combine(folder, "synthetic-BTC-1h.csv"))).Should().Be(first);
    }

    [Theory]
    [InlineData("--interval", "7h", "unknown interval '7h'")]
    [InlineData("--start", "yesterday", "--start 'yesterday' is not a date")]
    [InlineData("--symbols", "BTC,BTC", "--symbols must name distinct symbols")]
    public async Task Bad_settings_are_usage_errors(string option, string value, string message)
    {
        var run = await FractalCli.RunAsync("data", "synth", option, value, "--out", folder);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain(message);
    }
}
