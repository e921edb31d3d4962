using System.Text.Json;
using FractalTrader.Testing;

namespace FractalTrader.Cli.Tests.WalkForward;

public sealed class WalkForwardCommandTests : IDisposable
{
    private readonly TemporaryFolder temporary = new();

    private string folder => temporary.Path;

    public void Dispose() => temporary.Dispose();

    [Fact]
    public async Task Writes_the_walk_forward_reports_with_every_window()
    {
        await FractalCli.RunAsync("data", "synth", "--symbols", "BTC", "--bars", "1200", "--seed", "4", "--out", folder);
        var data = Path.Combine(folder, "synthetic-BTC-1h.csv");

        var run = await FractalCli.RunAsync(
            "walk-forward", "--data", data, "--strategy", "fvg_fill", "--train", "400", "--test", "200", "--out", folder,
            "--grid", "fvg_fill.min_gap_percent=0.001,0.003", "--objective", "profit_factor", "--anchored", "--window", "200");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("4 windows");
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "walk-forward.json")));
        json.RootElement.GetProperty("scheme").GetString().Should().Be("anchored");
        json.RootElement.GetProperty("objective").GetString().Should().Be("profit_factor");
        json.RootElement.GetProperty("windows").GetArrayLength().Should().Be(4);
        json.RootElement.GetProperty("candidates_per_window").GetInt32().Should().Be(2);
        (await File.ReadAllTextAsync(Path.Combine(folder, "walk-forward.html"))).Should().Contain("Stability");
    }

    [Theory]
    [InlineData("100", "--grid", "fvg_fill.nothing=1", "has no parameter 'nothing'")]
    [InlineData("100", "--objective", "alpha", "unknown objective 'alpha'")]
    [InlineData("5000", "--objective", "sharpe", "do not fit in 300 bars")]
    public async Task Impossible_requests_are_usage_errors(string train, string option, string value, string message)
    {
        await FractalCli.RunAsync("data", "synth", "--symbols", "BTC", "--bars", "300", "--out", folder);
        var data = Path.Combine(folder, "synthetic-BTC-1h.csv");
        string[] baseline = ["walk-forward", "--data", data, "--strategy", "fvg_fill", "--train", train, "--test", "100", "--out", folder];

        var run = await FractalCli.RunAsync([.. baseline, option, value]);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain(message);
    }
}
