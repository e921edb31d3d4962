using System.Text.Json;
using FractalTrader.Testing;

namespace FractalTrader.Cli.Tests.Backtest;

public sealed class BacktestCommandTests : IDisposable
{
    private readonly TemporaryFolder temporary = new();

    private string folder => temporary.Path;

    public void Dispose() => temporary.Dispose();

    [Fact]
    public async Task The_readme_command_on_the_shipped_synthetic_btc_file_writes_the_html_report()
    {
        var data = RepositoryLayout.InRepository("data", "synthetic-BTC-1h.csv");

        var run = await FractalCli.RunAsync("backtest", "--data", data, "--strategy", "all", "--out", folder);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("total return").And.Contain("BTC 8760");
        var html = await File.ReadAllTextAsync(Path.Combine(folder, "backtest.html"));
        html.Should().Contain("<svg").And.Contain("Equity curve").And.Contain("<td>BTC</td>");
        File.Exists(Path.Combine(folder, "backtest.json")).Should().BeTrue();
    }

    [Fact]
    public async Task Json_mode_prints_only_json_and_several_files_trade_together()
    {
        await FractalCli.RunAsync("data", "synth", "--symbols", "BTC,ETH", "--bars", "600", "--seed", "3", "--out", folder);
        var files = $"{Path.Combine(folder, "synthetic-BTC-1h.csv")},{Path.Combine(folder, "synthetic-ETH-1h.csv")}";

        var run = await FractalCli.RunAsync("backtest", "--data", files, "--strategy", "liquidity_sweep,fvg_fill", "--out", folder, "--json", "--correlated", "BTC,ETH");

        run.ExitCode.Should().Be(0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("markets").EnumerateArray().Select(m => m.GetProperty("symbol").GetString()).Should().Equal("BTC", "ETH");
        json.RootElement.GetProperty("strategies").GetArrayLength().Should().Be(2);
        json.RootElement.GetProperty("equity").GetArrayLength().Should().Be(600);
    }

    [Fact]
    public async Task Costs_and_fills_are_configurable_and_validated()
    {
        await FractalCli.RunAsync("data", "synth", "--symbols", "SOL", "--bars", "400", "--out", folder);
        var data = Path.Combine(folder, "synthetic-SOL-1h.csv");

        var ok = await FractalCli.RunAsync("backtest", "--data", data, "--out", folder, "--json", "--taker-bps", "0", "--maker-bps", "0", "--slippage-bps", "0", "--entry", "close", "--equity", "5000");
        var bad = await FractalCli.RunAsync("backtest", "--data", data, "--out", folder, "--entry", "tomorrow");

        ok.ExitCode.Should().Be(0, ok.Error);
        using var json = JsonDocument.Parse(ok.Output);
        json.RootElement.GetProperty("options").GetProperty("entry").GetString().Should().Be("signal_bar_close");
        json.RootElement.GetProperty("metrics").GetProperty("initial_equity").GetDecimal().Should().Be(5000m);
        json.RootElement.GetProperty("metrics").GetProperty("trades").GetProperty("fees").GetDecimal().Should().Be(0m);
        bad.ExitCode.Should().Be(2);
        bad.Error.Should().Contain("--entry must be next-open or close");
    }
}
