using System.Net;
using FractalTrader.Testing;

namespace FractalTrader.Host.Tests.Hosting;

/// <summary>A node whose venue is slow or absent: health tells the truth while it starts, and a start that cannot succeed ends the process with one line.</summary>
[Collection(NodeProcesses.Name)]
public sealed class StartupTests
{
    private const string KeyVariable = "FRACTAL_HYPERLIQUID_PRIVATE_KEY";
    private const string Key = "0x0123456789012345678901234567890123456789012345678901234567890123";

    private static Dictionary<string, string?> WithKey() => new(StringComparer.Ordinal) { [KeyVariable] = Key };

    [Fact]
    public async Task Until_the_node_has_reconciled_ready_answers_503_while_live_answers_200()
    {
        using var folder = new TemporaryFolder();
        // The venue answers its first two requests, then rate-limits everything: the node keeps retrying and never reconciles.
        await using var venue = ChildProcess.StartDotnet(
            OperatorCli.Assembly, ["venue", "--port", "0", "--key-env", KeyVariable, "--faults", "rate-limit@2x100000"], folder.Path, WithKey());
        var listening = await venue.WaitForLineAsync(l => l.StartsWith("venue listening on ", StringComparison.Ordinal), HostedNode.Patience, "the venue listened");
        var venueUrl = listening.Split(' ')[3];
        await using var node = HostedNode.Start(folder.Path, ["--venue", venueUrl], WithKey());
        var health = await node.HealthAsync();
        await node.WaitForAsync("Rate limited", "the venue refused the node");
        using var http = new HttpClient();

        var ready = await http.GetAsync(new Uri(health, "/health/ready"));
        var live = await http.GetAsync(new Uri(health, "/health/live"));
        var risk = await OperatorCli.RunAsync("risk", "status", "--node", health.ToString());

        ready.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await ready.Content.ReadAsStringAsync()).Should().Contain("\"starting\"");
        live.StatusCode.Should().Be(HttpStatusCode.OK, "a node waiting for its venue is alive; restarting it would not help");
        risk.ExitCode.Should().Be(1);
        risk.Text.Should().Contain("503").And.Contain("starting");
        node.Process.Lines.Should().NotContain(l => l.Contains("ready: first reconciliation passed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_venue_that_cannot_be_reached_ends_the_start_with_exit_1_and_one_line_naming_it()
    {
        using var folder = new TemporaryFolder();
        await using var node = HostedNode.Start(folder.Path, ["--venue", "http://127.0.0.1:9"], WithKey());

        var exit = await node.Process.WaitForExitAsync(HostedNode.Patience);

        exit.Should().Be(1);
        node.Process.Lines.Should().ContainSingle(l => l.StartsWith("fractal-node: ", StringComparison.Ordinal))
            .Which.Should().Contain("127.0.0.1:9");
        var keyDigits = Key[2..];
        node.Process.Lines.Should().NotContain(l => l.Contains(keyDigits, StringComparison.OrdinalIgnoreCase), "the key never reaches the output");
    }
}
