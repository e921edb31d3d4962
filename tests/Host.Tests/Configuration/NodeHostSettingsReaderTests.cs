using FractalTrader.Host.Configuration;
using FractalTrader.Messages.Risk;
using FractalTrader.Runtime;
using FractalTrader.Testing;

namespace FractalTrader.Host.Tests.Configuration;

/// <summary>What the node runs with: every <c>fractal.*</c> section reaches the settings the node, its guardian and its actor system use.</summary>
public sealed class NodeHostSettingsReaderTests
{
    private static readonly Dictionary<string, string> NoEnvironment = new(StringComparer.Ordinal);

    private static NodeHostSettings Read(string? file = null, Dictionary<string, string>? overrides = null) =>
        NodeHostSettingsReader.Read(NodeConfiguration.Load(file, overrides ?? [], NoEnvironment));

    [Fact]
    public void The_defaults_halt_after_five_losses_keep_a_budget_of_two_corrections_and_run_the_documented_runtime()
    {
        var settings = Read();

        settings.Risk.Limits.MaxConsecutiveLosses.Should().Be(5);
        settings.Risk.Limits.MaxDrawdownPercent.Should().Be(0.10m);
        settings.Risk.Limits.HaltCooldown.Should().BeNull("a halt waits for the operator unless configured otherwise");
        settings.Risk.Sizing.MaxPositionPercent.Should().Be(0.05m);
        settings.Reconciliation.DivergenceBudget.Should().Be(2);
        settings.Reconciliation.BreachState.Should().Be(RiskState.Halted);
        settings.Actors.Throughput.Should().Be(30);
        settings.Actors.SupervisionMaxNrOfRetries.Should().Be(10);
        settings.Actors.AskTimeout.Should().Be(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void A_file_setting_a_few_keys_keeps_every_other_default()
    {
        using var folder = new TemporaryFolder();
        var file = folder.File("node.conf");
        File.WriteAllText(file, """
            fractal.node.name = "paper-2"
            fractal.risk { max-consecutive-losses = 8, halt-cooldown = 12h }
            fractal.node.reconciliation.breach-state = "reducing"
            fractal.actor.mailbox { type = "bounded", capacity = 500, overflow-policy = "drop-oldest" }
            """);

        var settings = Read(file);

        settings.NodeName.Should().Be("paper-2");
        settings.Risk.Limits.MaxConsecutiveLosses.Should().Be(8);
        settings.Risk.Limits.HaltCooldown.Should().Be(TimeSpan.FromHours(12));
        settings.Risk.Limits.MaxEntriesPerDay.Should().Be(20, "left out of the file, so the default");
        settings.Reconciliation.BreachState.Should().Be(RiskState.Reducing);
        settings.Actors.DefaultMailbox.Should().BeEquivalentTo(new BoundedMailbox(500, MailboxOverflow.DropOldest));
        settings.Symbols.Should().Equal("BTC", "ETH", "SOL");
    }
}
