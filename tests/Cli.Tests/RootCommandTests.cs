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
    public async Task Unknown_command_fails_and_names_it()
    {
        var run = await FractalCli.RunAsync("no-such-command");

        run.ExitCode.Should().NotBe(0);
        run.Error.Should().Contain("no-such-command");
    }
}
