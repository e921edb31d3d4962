using FractalTrader.Runtime.Configuration;

namespace FractalTrader.Runtime.Tests.Configuration;

public sealed class ConfigTests
{
    private static readonly Dictionary<string, string> Environment = new(StringComparer.Ordinal)
    {
        ["FRACTAL_DB"] = "/data/node-2/journal.db",
        ["FRACTAL_EMPTY"] = string.Empty,
    };

    [Fact]
    public void Environment_variables_override_through_optional_substitutions_from_an_injected_source()
    {
        var text = "journal.path = data/state/journal.db\njournal.path = ${?FRACTAL_DB}\nnode = ${?FRACTAL_NODE_NAME}";

        var withVariable = Config.Parse(text, resolveOptions: HoconResolveOptions.FromEnvironment(Environment));
        var without = Config.Parse(text, resolveOptions: HoconResolveOptions.FromEnvironment(new Dictionary<string, string>(StringComparer.Ordinal)));

        withVariable.GetString("journal.path").Should().Be("/data/node-2/journal.db");
        withVariable.GetValue("journal.path").Origin.Source.Should().Be("env FRACTAL_DB");
        withVariable.HasPath("node").Should().BeFalse();
        without.GetString("journal.path").Should().Be("data/state/journal.db");
    }

    [Fact]
    public void An_empty_environment_variable_still_counts_as_set() =>
        Config.Parse("a = x, a = ${?FRACTAL_EMPTY}", resolveOptions: HoconResolveOptions.FromEnvironment(Environment))
            .GetString("a").Should().BeEmpty();

    [Fact]
    public void An_explicit_null_in_the_file_blocks_the_environment_lookup() =>
        Config.Parse("FRACTAL_DB = null, a = ${?FRACTAL_DB}", resolveOptions: HoconResolveOptions.FromEnvironment(Environment))
            .IsNull("a").Should().BeTrue();

    [Fact]
    public void Without_environment_a_required_substitution_of_a_variable_fails()
    {
        var act = () => Config.Parse("a = ${FRACTAL_DB}", resolveOptions: HoconResolveOptions.WithoutEnvironment);

        act.Should().Throw<HoconException>().Which.Kind.Should().Be(HoconErrorKind.UnresolvedSubstitution);
    }

    [Fact]
    public void Decimals_are_read_from_the_written_number_without_binary_rounding()
    {
        var config = Config.Parse("fee = 0.1, max = \"1234.5678\", lots = 3");

        config.GetDecimal("fee").Should().Be(0.1m);
        config.GetDecimal("max").Should().Be(1234.5678m);
        config.GetDecimal("lots").Should().Be(3m);
    }

    [Fact]
    public void Integers_reject_fractions_and_out_of_range_values()
    {
        var config = Config.Parse("a = 1.5, b = 3000000000");

        ((Action)(() => config.GetInt("a"))).Should().Throw<HoconException>().Which.Kind.Should().Be(HoconErrorKind.BadValue);
        ((Action)(() => config.GetInt("b"))).Should().Throw<HoconException>().Which.Message.Should().Contain("32-bit");
        config.GetLong("b").Should().Be(3_000_000_000L);
    }

    [Fact]
    public void Sub_configurations_and_fallbacks()
    {
        var defaults = Config.Parse("fractal.actor { ask-timeout = 5s, dispatcher.throughput = 30 }");
        var node = Config.Parse("fractal.actor.dispatcher.throughput = 10");

        var merged = node.WithFallback(defaults);

        merged.GetInt("fractal.actor.dispatcher.throughput").Should().Be(10);
        merged.GetDuration("fractal.actor.ask-timeout").Should().Be(TimeSpan.FromSeconds(5));
        merged.GetConfig("fractal.actor").GetInt("dispatcher.throughput").Should().Be(10);
        merged.Entries().Select(e => e.Key).Should().Equal("fractal.actor.ask-timeout", "fractal.actor.dispatcher.throughput");
    }

    [Fact]
    public void Unresolved_configurations_merge_before_substitutions_are_resolved()
    {
        var reference = Config.ParseUnresolved("timeout = 5s, ask-timeout = ${timeout}");
        var application = Config.ParseUnresolved("timeout = 2s");

        application.WithFallback(reference).Resolve().GetDuration("ask-timeout").Should().Be(TimeSpan.FromSeconds(2));
        reference.IsResolved.Should().BeFalse();
        ((Action)(() => _ = reference.Root)).Should().Throw<HoconException>().Which.Kind.Should().Be(HoconErrorKind.NotResolved);
    }

    [Fact]
    public void A_reference_into_an_alias_resolves_lazily() =>
        Config.Parse("a = ${b}, b = { c : 1, d : ${a.c} }").GetInt("b.d").Should().Be(1);

    [Fact]
    public void Includes_resolve_next_to_the_including_file_and_merge_in_place()
    {
        using var files = new ConfigFiles();
        files.Write("defaults/actor.conf", "ask-timeout = 5s\nthroughput = 30\n");
        var node = files.Write("node.conf", "fractal.actor {\n  throughput = 1\n  include \"defaults/actor\"\n  ask-timeout = 9s\n}\n");

        var config = Config.Load(node);

        config.GetInt("fractal.actor.throughput").Should().Be(30);
        config.GetDuration("fractal.actor.ask-timeout").Should().Be(TimeSpan.FromSeconds(9));
    }

    [Fact]
    public void A_missing_required_include_fails_and_names_the_statement()
    {
        using var files = new ConfigFiles();
        var node = files.Write("node.conf", "a = 1\ninclude required(\"secrets.conf\")\n");

        var act = () => Config.Load(node);

        var error = act.Should().Throw<HoconException>().Which;
        error.Kind.Should().Be(HoconErrorKind.Io);
        (error.Line, error.Column).Should().Be((2, 1));
        error.Message.Should().Contain("secrets.conf");
    }

    [Fact]
    public void Http_includes_are_refused_rather_than_fetched()
    {
        var act = () => Config.Parse("include url(\"https://example.org/x.conf\")");

        act.Should().Throw<HoconException>().Which.Message.Should().Contain("file: URLs only");
    }
}
