using System.Security.Cryptography;
using FractalTrader.Exchange.Hyperliquid.Signing;
using FractalTrader.Exchange.Hyperliquid.Venue;
using FractalTrader.Exchange.Simulated;
using FractalTrader.Testing;

namespace FractalTrader.Host.Tests.Logging;

/// <summary>The signing key reaches the venue's signatures and nothing else: not the console, not the log files, not errors.</summary>
[Collection(NodeProcesses.Name)]
public sealed class SecretTests
{
    [Fact]
    public async Task The_signing_key_never_reaches_the_console_or_the_log_files()
    {
        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        using var venue = new SimulatedVenue(new SimulatedVenueOptions(), TimeProvider.System);
        venue.OpenAccount(PrivateKey.Parse(key, "test key").Address.Text);
        await using var server = await FakeHyperliquidVenue.StartAsync(venue);
        using var folder = new TemporaryFolder();
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["FRACTAL_HYPERLIQUID_PRIVATE_KEY"] = "0x" + key,
            ["FRACTAL_LOG_LEVEL"] = "Verbose",
        };
        await using var node = HostedNode.Start(folder.Path, ["--venue", server.BaseUrl.ToString()], environment);

        await node.WaitForAsync("ready: first reconciliation passed", "the node was ready on the fake venue");
        node.Process.Terminate();
        (await node.Process.WaitForExitAsync(HostedNode.Patience)).Should().Be(0);

        var everything = string.Join('\n', node.Process.Lines) + node.LogFiles();
        everything.Should().Contain("Effective configuration", "the configuration holding the key was logged (redacted)");
        everything.Should().Contain("<redacted>");
        everything.Should().NotContainEquivalentOf(key);
        everything.Should().NotContainEquivalentOf(key[..16], "not even part of it");
    }

    [Fact]
    public async Task A_malformed_key_is_reported_by_its_key_name_without_its_value()
    {
        var notAKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(31)) + "zz";
        using var folder = new TemporaryFolder();
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal) { ["FRACTAL_HYPERLIQUID_PRIVATE_KEY"] = notAKey };
        await using var node = HostedNode.Start(folder.Path, ["--venue", "http://127.0.0.1:9"], environment);

        (await node.Process.WaitForExitAsync(HostedNode.Patience)).Should().Be(1);

        var error = node.Process.Lines.Should().ContainSingle().Subject;
        error.Should().Contain("fractal.node.venue.private-key").And.Contain("does not hold a private key");
        error.Should().NotContainEquivalentOf(notAKey[..16]);
    }
}
