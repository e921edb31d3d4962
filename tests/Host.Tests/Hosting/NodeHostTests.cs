using System.Net;
using FractalTrader.Testing;

namespace FractalTrader.Host.Tests.Hosting;

/// <summary>The node host as operators run it: a real process on the bundled data and the simulated venue.</summary>
[Collection(NodeProcesses.Name)]
public sealed class NodeHostTests
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
        (await node.Process.WaitForExitAsync(HostedNode.Patience)).Should().Be(0);

        sent.Should().MatchRegex("(BTC|ETH|SOL)");
        fill.Should().MatchRegex(@"(Buy|Sell) [0-9.]+ (BTC|ETH|SOL) at [0-9.]+");
        position.Should().Contain("->");
        node.LogFiles().Should().Contain("\"TradeId\":", "the rolling JSON log holds the same events with their properties");
    }
}
