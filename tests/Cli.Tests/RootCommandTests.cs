namespace FractalTrader.Cli.Tests;

public sealed class RootCommandTests
{
    [Fact]
    public async Task Help_describes_the_tool_and_exits_zero()
    {
        var run = await FractalCli.RunAsync("--help");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("FractalTrader operator CLI");
    }

    [Fact]
    public async Task Unknown_command_is_a_usage_error_naming_it()
    {
        var run = await FractalCli.RunAsync("no-such-command");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("no-such-command");
    }

    [Fact]
    public async Task A_missing_required_option_is_a_usage_error_naming_it()
    {
        var run = await FractalCli.RunAsync("data", "fetch", "--symbol", "BTC", "--interval", "1h", "--out", "x.csv");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--days");
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_is_a_usage_error_naming_it()
    {
        var run = await FractalCli.RunAsync("data", "fetch", "--symbol", "BTC", "--interval", "1h", "--days", "many", "--out", "x.csv");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("many");
    }

    [Fact]
    public async Task An_unknown_option_is_a_usage_error_naming_it()
    {
        var run = await FractalCli.RunAsync("data", "synth", "--symbols", "BTC", "--no-such-option");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--no-such-option");
    }
}
