using System.Text.Json;
using FractalTrader.Testing;

namespace FractalTrader.Cli.Tests.Signals;

public sealed class SignalsCommandTests
{
    private const double Tolerance = 1e-9;

    public static TheoryData<string> Datasets =>
        [.. Directory.GetFiles(RepositoryLayout.Oracle("fractaltrader"), "*.csv").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Datasets))]
    public async Task Json_output_equals_the_originals_signal_lists(string dataset)
    {
        var csv = RepositoryLayout.Oracle("fractaltrader", dataset + ".csv");
        using var expected = JsonDocument.Parse(await File.ReadAllTextAsync(RepositoryLayout.Oracle("fractaltrader", dataset + ".expected.json")));

        var run = await FractalCli.RunAsync("signals", "--data", csv, "--lenient", "--strategy", "all", "--json");

        run.ExitCode.Should().Be(0, run.Error);
        using var actual = JsonDocument.Parse(run.Output);
        AssertSame(expected.RootElement.GetProperty("signals_default_params"), actual.RootElement, dataset);
    }

    [Fact]
    public async Task One_strategy_can_be_selected()
    {
        var csv = RepositoryLayout.Oracle("fractaltrader", "strategies_fvg_pattern_data.csv");

        var run = await FractalCli.RunAsync("signals", "--data", csv, "--strategy", "fvg_fill", "--json");

        using var json = JsonDocument.Parse(run.Output);
        json.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal("fvg_fill");
        json.RootElement.GetProperty("fvg_fill").GetArrayLength().Should().Be(3);
    }

    [Fact]
    public async Task Without_json_a_table_per_strategy_is_printed()
    {
        var csv = RepositoryLayout.Oracle("fractaltrader", "strategies_fvg_pattern_data.csv");

        var run = await FractalCli.RunAsync("signals", "--data", csv, "--strategy", "fvg_fill");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("fvg_fill · strategies_fvg_pattern_data · 3 signals").And.Contain("101.898").And.NotContain("\u001b[");
    }

    [Fact]
    public async Task Inconsistent_candles_are_refused_without_lenient_naming_file_and_line()
    {
        var csv = RepositoryLayout.Oracle("fractaltrader", "conftest_ranging.csv");

        var run = await FractalCli.RunAsync("signals", "--data", csv, "--json");

        run.ExitCode.Should().Be(1);
        run.Output.Should().BeEmpty();
        run.Error.Trim().Should().Be($"error: {csv}:2: low 100.34404044408062 is above open 100.05802761704724 or close 100.49671415301123");
    }

    [Fact]
    public async Task An_unknown_strategy_is_a_usage_error()
    {
        var run = await FractalCli.RunAsync("signals", "--data", "x.csv", "--strategy", "martingale");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("unknown strategy 'martingale'");
    }

    [Fact]
    public async Task A_missing_file_is_a_one_line_failure()
    {
        var run = await FractalCli.RunAsync("signals", "--data", "/no/such/file.csv");

        run.ExitCode.Should().Be(1);
        run.Error.Trim().Should().Be("error: /no/such/file.csv: no such candle file");
    }

    private static void AssertSame(JsonElement expected, JsonElement actual, string path)
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                actual.ValueKind.Should().Be(JsonValueKind.Object, path);
                actual.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(expected.EnumerateObject().Select(p => p.Name), path);
                foreach (var property in expected.EnumerateObject())
                {
                    AssertSame(property.Value, actual.GetProperty(property.Name), $"{path}.{property.Name}");
                }

                break;
            case JsonValueKind.Array:
                actual.GetArrayLength().Should().Be(expected.GetArrayLength(), path);
                for (var i = 0; i < expected.GetArrayLength(); i++)
                {
                    AssertSame(expected[i], actual[i], $"{path}[{i}]");
                }

                break;
            case JsonValueKind.Number when expected.TryGetInt64(out var whole) && actual.TryGetInt64(out var actualWhole):
                actualWhole.Should().Be(whole, path);
                break;
            case JsonValueKind.Number:
                var e = expected.GetDouble();
                var a = actual.GetDouble();
                Math.Abs(e - a).Should().BeLessThanOrEqualTo(Tolerance * Math.Max(Math.Abs(e), Math.Abs(a)), path);
                break;
            default:
                actual.ToString().Should().Be(expected.ToString(), path);
                break;
        }
    }
}
