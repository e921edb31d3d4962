using FractalTrader.Runtime.Configuration;
using FractalTrader.Runtime.Configuration.Provider;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FractalTrader.Runtime.Tests.Configuration.Provider;

public sealed class HoconConfigurationProviderTests : IDisposable
{
    private readonly ConfigFiles files = new();

    public void Dispose() => files.Dispose();

    private sealed class DispatcherOptions
    {
        public int Throughput { get; set; }

        public string Name { get; set; } = string.Empty;

        public List<string> Tags { get; set; } = [];

        public bool Fair { get; set; }

        public double Ratio { get; set; }
    }

    [Fact]
    public void Binds_options_from_a_hocon_file_like_any_dotnet_source()
    {
        var path = files.Write("node.conf", """
            fractal.actor.dispatcher {
              throughput = 30
              name = default-dispatcher
              tags = [fast, fair]
              fair = yes-is-not-a-bool-here
              fair = true
              ratio = 0.5
            }
            """);
        var services = new ServiceCollection();
        services.AddOptions<DispatcherOptions>().BindConfiguration("fractal:actor:dispatcher");
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddHoconFile(path).Build());

        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<DispatcherOptions>>().Value;

        options.Throughput.Should().Be(30);
        options.Name.Should().Be("default-dispatcher");
        options.Tags.Should().Equal("fast", "fair");
        options.Fair.Should().BeTrue();
        options.Ratio.Should().Be(0.5);
    }

    [Fact]
    public void Later_sources_such_as_environment_variables_layer_on_top()
    {
        var path = files.Write("node.conf", "fractal.actor.dispatcher.throughput = 30\nfractal.actor.ask-timeout = 5s\n");

        var configuration = new ConfigurationBuilder()
            .AddHoconFile(path)
            .AddInMemoryCollection(new Dictionary<string, string?>(StringComparer.Ordinal) { ["fractal:actor:dispatcher:throughput"] = "10" })
            .Build();

        configuration["fractal:actor:dispatcher:throughput"].Should().Be("10");
        configuration.GetHoconDuration("fractal:actor:ask-timeout").Should().Be(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Substitutions_resolve_from_the_injected_environment_before_flattening()
    {
        var path = files.Write("node.conf", "journal.path = data/state/journal.db\njournal.path = ${?FRACTAL_JOURNAL_PATH}\n");
        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["FRACTAL_JOURNAL_PATH"] = "/var/lib/fractal/journal.db" };

        var configuration = new ConfigurationBuilder()
            .AddHoconFile(new HoconConfigurationSource { Path = path, ResolveOptions = HoconResolveOptions.FromEnvironment(environment) })
            .Build();

        configuration["journal:path"].Should().Be("/var/lib/fractal/journal.db");
    }

    [Fact]
    public void A_relative_path_resolves_against_the_base_path()
    {
        files.Write("hocon/node.conf", "a.b = 1\n");

        var configuration = new ConfigurationBuilder().SetBasePath(files.Folder).AddHoconFile("hocon/node.conf").Build();

        configuration["a:b"].Should().Be("1");
    }

    [Fact]
    public void A_missing_optional_file_is_empty_and_a_missing_required_file_fails()
    {
        new ConfigurationBuilder().AddHoconFile(Path.Combine(files.Folder, "none.conf"), optional: true).Build()
            .AsEnumerable().Should().BeEmpty();

        var act = () => new ConfigurationBuilder().AddHoconFile(Path.Combine(files.Folder, "none.conf")).Build();
        act.Should().Throw<HoconException>().Which.Kind.Should().Be(HoconErrorKind.Io);
    }

    [Fact]
    public void A_broken_file_fails_with_its_file_and_line()
    {
        var path = files.Write("node.conf", "a = 1\nb = [\n");

        var act = () => new ConfigurationBuilder().AddHoconFile(path).Build();

        act.Should().Throw<HoconException>().Which.Line.Should().Be(3);
    }

    [Fact]
    public void Empty_sections_exist_and_nulls_bind_nothing()
    {
        var path = files.Write("node.conf", "empty {}\nnothing = null\nlist = []\n");

        var configuration = new ConfigurationBuilder().AddHoconFile(path).Build();

        configuration.AsEnumerable().Select(e => e.Key).Should().BeEquivalentTo("empty", "nothing", "list");
        configuration["nothing"].Should().BeNull();
    }

    [Fact]
    public void A_bad_duration_read_through_iconfiguration_names_the_key()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>(StringComparer.Ordinal) { ["fractal:actor:ask-timeout"] = "banana" })
            .Build();

        var act = () => configuration.GetHoconDuration("fractal:actor:ask-timeout");

        act.Should().Throw<HoconException>().Which.Message.Should().Contain("fractal.actor.ask-timeout").And.Contain("banana");
    }
}
