using FractalTrader.Runtime.Configuration;
using FractalTrader.Testing;

namespace FractalTrader.Runtime.Tests.Actors;

/// <summary><see cref="ActorSystemOptions.FromConfig"/>: <c>fractal.actor</c> of hocon/fractal.conf reaches the actor system, and a bad value names its key.</summary>
public sealed class ActorSystemOptionsConfigTests
{
    private static readonly string File = RepositoryLayout.InRepository("hocon", "fractal.conf");

    private static Config Reference() =>
        Config.Load(File, resolveOptions: HoconResolveOptions.FromEnvironment(new Dictionary<string, string>(StringComparer.Ordinal)));

    private static Config Over(string overrides) =>
        Config.Parse(overrides, new HoconParseOptions { SourceName = "node.conf" }, HoconResolveOptions.WithoutEnvironment).WithFallback(Reference());

    [Fact]
    public void The_reference_file_binds_every_runtime_setting()
    {
        var options = ActorSystemOptions.FromConfig(Reference());

        options.Throughput.Should().Be(30);
        options.DefaultMailbox.Should().BeSameAs(UnboundedMailbox.Instance);
        options.Mailboxes.Should().BeEmpty();
        options.AskTimeout.Should().Be(TimeSpan.FromSeconds(5));
        options.SupervisionMaxNrOfRetries.Should().Be(10);
        options.SupervisionWithinTimeRange.Should().Be(TimeSpan.FromMinutes(1));
        options.DeadLetterLogLimit.Should().Be(10);
        options.DeadLetterLogInterval.Should().Be(TimeSpan.FromMinutes(1));
        options.LogDeadLettersDuringShutdown.Should().BeFalse();
    }

    [Fact]
    public void Overrides_reach_the_options_and_the_basis_keeps_what_hocon_does_not_hold()
    {
        var clock = new ManualTimeProvider();
        var config = Over("""
            fractal.actor {
              dispatcher.throughput = 5
              mailbox { type = "bounded", capacity = 64, overflow-policy = "drop-oldest" }
              mailboxes { market-data { type = "bounded", capacity = 8, overflow-policy = "drop-newest" } }
              supervision { max-nr-of-retries = -1, within-time-range = null }
              ask-timeout = 250ms
              dead-letters { log-rate = 0, log-rate-interval = 10s, log-during-shutdown = true }
            }
            """);

        var options = ActorSystemOptions.FromConfig(config, ActorSystemOptions.Default with { TimeProvider = clock });

        options.TimeProvider.Should().BeSameAs(clock);
        options.Throughput.Should().Be(5);
        options.DefaultMailbox.Should().BeEquivalentTo(new BoundedMailbox(64, MailboxOverflow.DropOldest));
        options.Mailboxes.Should().ContainKey("market-data").WhoseValue.Should().BeEquivalentTo(new BoundedMailbox(8, MailboxOverflow.DropNewest));
        options.SupervisionMaxNrOfRetries.Should().Be(-1);
        options.SupervisionWithinTimeRange.Should().BeNull();
        options.AskTimeout.Should().Be(TimeSpan.FromMilliseconds(250));
        options.DeadLetterLogLimit.Should().Be(0);
        options.DeadLetterLogInterval.Should().Be(TimeSpan.FromSeconds(10));
        options.LogDeadLettersDuringShutdown.Should().BeTrue();
    }

    [Theory]
    [InlineData("fractal.actor.dispatcher.throughput = 0", "fractal.actor.dispatcher.throughput", "must be at least 1, found 0")]
    [InlineData("fractal.actor.mailbox.type = \"lossy\"", "fractal.actor.mailbox.type", "found 'lossy'")]
    [InlineData("fractal.actor.mailbox { type = \"bounded\", overflow-policy = \"fail\" }", "fractal.actor.mailbox.overflow-policy", "found 'fail'")]
    [InlineData("fractal.actor.mailbox { type = \"bounded\", capacity = 0 }", "fractal.actor.mailbox.capacity", "must be at least 1")]
    [InlineData("fractal.actor.ask-timeout = 0s", "fractal.actor.ask-timeout", "must be a positive duration")]
    [InlineData("fractal.actor.supervision.max-nr-of-retries = -2", "fractal.actor.supervision.max-nr-of-retries", "must be at least -1")]
    [InlineData("fractal.actor.dead-letters.log-rate = -1", "fractal.actor.dead-letters.log-rate", "must be at least 0")]
    public void A_bad_value_names_the_file_line_and_key(string line, string key, string reason)
    {
        var act = () => ActorSystemOptions.FromConfig(Over(line));

        act.Should().Throw<HoconException>().Which.Message.Should().Contain("node.conf:1").And.Contain(key).And.Contain(reason);
    }

    [Fact]
    public async Task A_named_mailbox_is_selectable_by_props()
    {
        var options = ActorSystemOptions.FromConfig(Over("""fractal.actor.mailboxes { small { type = "bounded", capacity = 1, overflow-policy = "dead-letters" } }"""));
        await using var system = ActorSystem.Create("options", options);

        var actor = system.ActorOf(Props.Create<Silent>().WithMailbox("small"), "silent");

        actor.Path.ToString().Should().Be("/user/silent");
        options.Mailboxes["small"].Should().BeOfType<BoundedMailbox>().Which.Capacity.Should().Be(1);
    }

    private sealed class Silent : ReceiveActor;
}
