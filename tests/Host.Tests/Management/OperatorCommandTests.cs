using System.Net;
using System.Text.Json;
using FractalTrader.Testing;

namespace FractalTrader.Host.Tests.Management;

/// <summary>An operator steers a running node with <c>fractal risk</c> and reads it with <c>fractal positions</c>, over the node's loopback management API.</summary>
[Collection(NodeProcesses.Name)]
public sealed class OperatorCommandTests
{
    [Fact]
    public async Task A_halt_given_with_the_cli_stops_new_entries_survives_a_restart_and_resume_lifts_it()
    {
        using var folder = new TemporaryFolder();
        string node;
        await using (var first = HostedNode.Start(folder.Path))
        {
            node = (await first.HealthAsync()).ToString();
            await first.WaitForAsync("ready: first reconciliation passed", "the node was ready");

            var status = await OperatorCli.RunAsync("risk", "status", "--node", node);
            var halt = await OperatorCli.RunAsync("risk", "halt", "--node", node, "--reason", "exchange maintenance drill");

            status.ExitCode.Should().Be(0, status.Text);
            status.Text.Should().StartWith("trading ACTIVE");
            halt.ExitCode.Should().Be(0, halt.Text);
            halt.Text.Should().StartWith("trading HALTED").And.Contain("exchange maintenance drill");
            await first.WaitForAsync("Alert (Critical): trading Active -> Halted", "the halt was raised as a critical alert");
            first.Process.Terminate();
            (await first.Process.WaitForExitAsync(HostedNode.Patience)).Should().Be(0);
        }

        await using var second = HostedNode.Start(folder.Path);
        node = (await second.HealthAsync()).ToString();
        await second.WaitForAsync("ready: first reconciliation passed", "the restarted node was ready");

        var afterRestart = await OperatorCli.RunAsync("risk", "status", "--node", node);
        var resumed = await OperatorCli.RunAsync("risk", "resume", "--node", node, "--reason", "maintenance over", "--json");
        var positions = await OperatorCli.RunAsync("positions", "--node", node, "--json");

        afterRestart.Text.Should().StartWith("trading HALTED", "the halt is journaled").And.Contain("exchange maintenance drill");
        resumed.ExitCode.Should().Be(0, resumed.Text);
        JsonDocument.Parse(resumed.Text).RootElement.GetProperty("state").GetString().Should().Be("Active");
        positions.ExitCode.Should().Be(0, positions.Text);
        JsonDocument.Parse(positions.Text).RootElement.GetProperty("positions").ValueKind.Should().Be(JsonValueKind.Array);
    }

    [Fact]
    public async Task Halt_and_emergency_stop_without_a_reason_are_refused_and_change_nothing()
    {
        using var folder = new TemporaryFolder();
        await using var node = HostedNode.Start(folder.Path);
        var address = await node.HealthAsync();
        await node.WaitForAsync("ready: first reconciliation passed", "the node was ready");
        using var http = new HttpClient();

        var halt = await http.PostAsync(new Uri(address, "/api/risk/halt"), new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        var stop = await http.PostAsync(new Uri(address, "/api/risk/emergency-stop"), new StringContent("{\"reason\": \"  \"}", System.Text.Encoding.UTF8, "application/json"));
        var cli = await OperatorCli.RunAsync("risk", "emergency-stop", "--node", address.ToString());
        var status = await OperatorCli.RunAsync("risk", "status", "--node", address.ToString());

        halt.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await halt.Content.ReadAsStringAsync()).Should().Contain("needs a reason");
        stop.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        cli.ExitCode.Should().Be(2, "a missing --reason is a usage error");
        cli.Text.Should().Contain("--reason");
        status.Text.Should().StartWith("trading ACTIVE");
    }

    [Fact]
    public async Task The_cli_names_the_address_when_no_node_answers()
    {
        var (exit, text) = await OperatorCli.RunAsync("risk", "status", "--node", "http://127.0.0.1:9");

        exit.Should().Be(1);
        text.Should().Contain("http://127.0.0.1:9").And.Contain("did not answer");
    }

    [Fact]
    public async Task A_bad_FRACTAL_NODE_URL_is_a_usage_error_naming_the_variable()
    {
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal) { ["FRACTAL_NODE_URL"] = "ftp://nowhere" };

        var (exit, text) = await OperatorCli.RunAsync(environment, "risk", "status");

        exit.Should().Be(2);
        text.Should().Contain("FRACTAL_NODE_URL").And.Contain("'ftp://nowhere'").And.NotContain("Unhandled exception");
    }
}
