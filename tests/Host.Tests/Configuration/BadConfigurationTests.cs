using FractalTrader.Testing;

namespace FractalTrader.Host.Tests.Configuration;

/// <summary>Bad configuration stops the node at start with one line naming the key and the reason.</summary>
[Collection(NodeProcesses.Name)]
public sealed class BadConfigurationTests
{
    [Theory]
    [InlineData("CONFIG_FORCE_fractal_node_market_speed", "0", "fractal.node.market.speed", "at least 1")]
    [InlineData("FRACTAL_LOG_LEVEL", "Loud", "fractal.logging.level", "Loud")]
    [InlineData("CONFIG_FORCE_fractal_node_reconcile__interval", "banana", "fractal.node.reconcile-interval", "banana")]
    [InlineData("CONFIG_FORCE_fractal_node_timeframe", "7h", "fractal.node.timeframe", "bar interval")]
    [InlineData("CONFIG_FORCE_fractal_node_health_host", "0.0.0.0", "fractal.node.health.host", "loopback")]
    [InlineData("CONFIG_FORCE_fractal_risk_max__drawdown", "1.5", "fractal.risk.max-drawdown", "at most 1")]
    [InlineData("CONFIG_FORCE_fractal_node_reconciliation_breach__state", "panic", "fractal.node.reconciliation.breach-state", "'panic'")]
    [InlineData("CONFIG_FORCE_fractal_actor_mailbox_type", "lossy", "fractal.actor.mailbox.type", "'lossy'")]
    public async Task A_bad_value_fails_the_start_naming_the_key(string variable, string value, string key, string reason)
    {
        using var folder = new TemporaryFolder();
        await using var node = HostedNode.Start(folder.Path, environment: new Dictionary<string, string?>(StringComparer.Ordinal) { [variable] = value });

        var exit = await node.Process.WaitForExitAsync(HostedNode.Patience);

        exit.Should().Be(1);
        var lines = node.Process.Lines;
        lines.Should().ContainSingle("the error is one clear line");
        lines[0].Should().StartWith("fractal-node: configuration error:").And.Contain(key).And.Contain(reason);
        Directory.Exists(Path.Combine(folder.Path, "data")).Should().BeFalse("nothing is created before the configuration is good");
    }

    [Fact]
    public async Task A_venue_url_without_a_key_names_the_key_to_set()
    {
        using var folder = new TemporaryFolder();
        await using var node = HostedNode.Start(folder.Path, ["--venue", "http://127.0.0.1:9"], new Dictionary<string, string?>(StringComparer.Ordinal) { ["FRACTAL_HYPERLIQUID_PRIVATE_KEY"] = null });

        var exit = await node.Process.WaitForExitAsync(HostedNode.Patience);

        exit.Should().Be(1);
        node.Process.Lines.Should().ContainSingle().Which.Should().Contain("fractal.node.venue.private-key").And.Contain("FRACTAL_HYPERLIQUID_PRIVATE_KEY");
    }
}
