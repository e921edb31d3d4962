using FractalTrader.Runtime.Configuration;
using FractalTrader.Testing;

namespace FractalTrader.Runtime.Tests.Configuration;

/// <summary>hocon/fractal.conf: the runtime's defaults, every key commented, per-container overrides from FRACTAL_* variables.</summary>
public sealed class ReferenceConfigurationTests
{
    private static readonly string File = RepositoryLayout.InRepository("hocon", "fractal.conf");

    private static Config Load(Dictionary<string, string>? environment = null) =>
        Config.Load(File, resolveOptions: HoconResolveOptions.FromEnvironment(environment ?? new Dictionary<string, string>(StringComparer.Ordinal)));

    [Fact]
    public void Holds_the_actor_runtime_defaults()
    {
        var config = Load();

        config.GetInt("fractal.actor.dispatcher.throughput").Should().Be(30);
        config.GetString("fractal.actor.mailbox.type").Should().Be("unbounded");
        config.GetInt("fractal.actor.mailbox.capacity").Should().Be(10000);
        config.GetString("fractal.actor.mailbox.overflow-policy").Should().Be("dead-letters");
        config.GetInt("fractal.actor.supervision.max-nr-of-retries").Should().Be(10);
        config.GetDuration("fractal.actor.supervision.within-time-range").Should().Be(TimeSpan.FromMinutes(1));
        config.GetDuration("fractal.actor.ask-timeout").Should().Be(TimeSpan.FromSeconds(5));
        config.GetInt("fractal.actor.dead-letters.log-rate").Should().Be(10);
        config.GetDuration("fractal.actor.dead-letters.log-rate-interval").Should().Be(TimeSpan.FromMinutes(1));
    }

    [Fact]
    public void Holds_the_persistence_and_logging_defaults()
    {
        var config = Load();

        config.GetString("fractal.node.name").Should().Be("fractal-node-1");
        config.GetString("fractal.persistence.journal.plugin").Should().Be("sqlite");
        config.GetString("fractal.persistence.journal.sqlite.path").Should().Be("data/state/journal.db");
        config.GetString("fractal.persistence.journal.sqlite.synchronous").Should().Be("full");
        config.GetInt("fractal.persistence.journal.sqlite.max-batch-rows").Should().Be(4096);
        config.GetInt("fractal.persistence.journal.sqlite.page-size").Should().Be(1000);
        config.GetDuration("fractal.persistence.journal.sqlite.live-query-poll-interval").Should().Be(TimeSpan.FromSeconds(1));
        config.IsNull("fractal.persistence.journal.sqlite.max-page-count").Should().BeTrue();
        config.GetInt("fractal.persistence.snapshot.every-n-events").Should().Be(1000);
        config.GetString("fractal.logging.level").Should().Be("Information");
        config.GetBoolean("fractal.logging.console.enabled").Should().BeTrue();
        config.GetBoolean("fractal.logging.file.enabled").Should().BeTrue();
        config.GetString("fractal.logging.file.directory").Should().Be("logs");
        config.GetBytes("fractal.logging.file.max-file-size").Should().Be(10_000_000);
        config.GetInt("fractal.logging.file.retained-files").Should().Be(5);
    }

    [Fact]
    public void Per_container_settings_come_from_fractal_environment_variables()
    {
        var config = Load(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["FRACTAL_NODE_NAME"] = "node-7",
            ["FRACTAL_JOURNAL_PATH"] = "/var/lib/fractal/node-7.db",
            ["FRACTAL_LOG_LEVEL"] = "Debug",
            ["FRACTAL_LOG_DIRECTORY"] = "/var/log/fractal",
        });

        config.GetString("fractal.node.name").Should().Be("node-7");
        config.GetString("fractal.persistence.journal.sqlite.path").Should().Be("/var/lib/fractal/node-7.db");
        config.GetString("fractal.logging.level").Should().Be("Debug");
        config.GetString("fractal.logging.file.directory").Should().Be("/var/log/fractal");
    }

    [Fact]
    public void Every_key_has_a_one_line_comment_above_it()
    {
        var lines = System.IO.File.ReadAllLines(File);
        var uncommented = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var isField = line.Contains('=', StringComparison.Ordinal) && !line.StartsWith('#');
            var isOverride = line.Contains("${?FRACTAL_", StringComparison.Ordinal);
            if (isField && !isOverride && (i == 0 || !lines[i - 1].Trim().StartsWith('#')))
            {
                uncommented.Add($"line {i + 1}: {line}");
            }
        }

        uncommented.Should().BeEmpty();
        lines.Count(l => l.Contains('=', StringComparison.Ordinal) && !l.TrimStart().StartsWith('#') && !l.Contains("${?", StringComparison.Ordinal))
            .Should().Be(Load().Entries().Count() + 6, "every key is written once, with its comment (six keys are null by default, which Entries leaves out: max-page-count, clock-origin, venue url, private-key, account and halt-cooldown)");
    }
}
