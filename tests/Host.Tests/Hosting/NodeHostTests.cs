using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using FractalTrader.Testing;

namespace FractalTrader.Host.Tests.Hosting;

/// <summary>The node host as operators run it: a real process on the bundled data and the simulated venue.</summary>
[Collection(NodeProcesses.Name)]
public sealed partial class NodeHostTests
{
    [Fact]
    public async Task Health_is_live_at_once_and_ready_after_the_first_reconciliation()
    {
        using var folder = new TemporaryFolder();
        await using var node = HostedNode.Start(folder.Path);
        using var http = new HttpClient();
        var health = await node.HealthAsync();

        (await http.GetAsync(new Uri(health, "/health/live"))).StatusCode.Should().Be(HttpStatusCode.OK);
        await node.WaitForAsync("ready: first reconciliation passed", "the node was ready");
        var ready = await http.GetAsync(new Uri(health, "/health/ready"));

        ready.StatusCode.Should().Be(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).Should().Contain("\"ready\"");
        await node.WaitForAsync("Dead-man's switch armed until", "the dead-man's switch was armed");
        (await http.GetStringAsync(new Uri(health, "/health/ready"))).Should().Contain("\"deadManSwitch\":\"armed until ", "the health check says whether the venue would cancel our orders if the node went silent");
        (await http.GetAsync(new Uri(health, "/health/other"))).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("SIGTERM")]
    [InlineData("SIGINT")]
    public async Task A_stop_signal_stops_strategies_flushes_the_journal_and_exits_0(string signal)
    {
        using var folder = new TemporaryFolder();
        await using var node = HostedNode.Start(folder.Path);
        await node.WaitForAsync("ready: first reconciliation passed", "the node was ready");

        if (string.Equals(signal, "SIGINT", StringComparison.Ordinal))
        {
            node.Process.Interrupt();
        }
        else
        {
            node.Process.Terminate();
        }

        var exit = await node.Process.WaitForExitAsync(HostedNode.Patience);

        exit.Should().Be(0);
        node.Process.Lines.Should().Contain(l => l.Contains("stopped cleanly", StringComparison.Ordinal));
        File.Exists(Path.Combine(folder.Path, "data", "state", "journal.db")).Should().BeTrue("the journal lives under ./data/state by default");
        node.LogFiles().Should().Contain("stopped cleanly", "the JSON log is flushed before exit");
    }

    [Fact]
    public async Task The_bundled_data_at_high_acceleration_shows_trades_in_the_logs()
    {
        using var folder = new TemporaryFolder();
        await using var node = HostedNode.Start(folder.Path, ["--speed", "36000"]);

        var sent = await node.WaitForAsync("Entry ", "an entry order was sent");
        var fill = await node.WaitForAsync("PortfolioActor: Fill ", "an order filled on the simulated venue");
        var position = await node.WaitForAsync("PortfolioActor: Position ", "a position opened");
        node.Process.Terminate();
        (await node.Process.WaitForExitAsync(HostedNode.Patience)).Should().Be(0, "a node stopped with SIGTERM exits cleanly; it printed last:\n{0}", string.Join('\n', node.Process.Lines.TakeLast(40)));

        sent.Should().MatchRegex("(BTC|ETH|SOL)");
        fill.Should().MatchRegex(@"(Buy|Sell) [0-9.]+ (BTC|ETH|SOL) at [0-9.]+");
        position.Should().Contain("->");
        node.LogFiles().Should().Contain("\"TradeId\":", "the rolling JSON log holds the same events with their properties");
    }
    [Fact]
    public async Task At_the_default_3600x_paper_speed_the_venue_dead_mans_switch_is_armed_and_never_cancels_the_protection()
    {
        using var folder = new TemporaryFolder();
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["CONFIG_FORCE_fractal_node_reconcile__interval"] = "1s",
            ["FRACTAL_LOG_LEVEL"] = "Debug",
        };
        await using var node = HostedNode.Start(folder.Path, environment: environment);

        var armed = await node.WaitForAsync("Dead-man's switch armed until", "the dead-man's switch was armed");
        await node.WaitForAsync(": protecting ", "a position got its venue-side stop and target");
        var protectedAt = node.Process.Lines.Count;

        // Armed in market time, the old two-minute window passed in 33 ms at 3600x and the venue cancelled what rested then.
        var reconciled = node.Process.Lines.Select(l => ReconciliationLine().Match(l)).Where(m => m.Success).Max(m => int.Parse(m.Groups["sequence"].Value, CultureInfo.InvariantCulture));
        await node.WaitForAsync($"Reconciliation {reconciled + 3}:", "three more reconciliations ran");

        node.Process.Terminate();
        (await node.Process.WaitForExitAsync(HostedNode.Patience)).Should().Be(0);

        armed.Should().Contain("00:02:00 of wall time", "the window is wall time, handed to the venue in market time");
        node.Process.Lines.Should().NotContain(l => l.Contains("dead-man", StringComparison.OrdinalIgnoreCase) && l.Contains("Alert", StringComparison.Ordinal));
        node.Process.Lines.Skip(protectedAt).Should().NotContain(l => l.Contains("scheduledCancel", StringComparison.Ordinal), "the switch never fired while the node refreshed it");
    }

    [GeneratedRegex(@"Reconciliation (?<sequence>[0-9]+):", RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ReconciliationLine();
}
