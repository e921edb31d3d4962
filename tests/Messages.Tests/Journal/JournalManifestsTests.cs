using System.Text.RegularExpressions;
using FractalTrader.Messages.Journal;
using FractalTrader.Runtime;

namespace FractalTrader.Messages.Tests.Journal;

public sealed partial class JournalManifestsTests
{
    [Fact]
    public void Every_journaled_type_has_a_manifest()
    {
        var journaled = typeof(IJournalEvent).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IJournalEvent).IsAssignableFrom(t));

        JournalManifests.All.Select(m => m.EventType).Should().BeEquivalentTo(journaled);
    }

    [Fact]
    public void Manifest_names_are_unique_and_kebab_case()
    {
        JournalManifests.All.Select(m => m.Name).Should().OnlyHaveUniqueItems();
        JournalManifests.All.Should().OnlyContain(m => KebabCase().IsMatch(m.Name) && m.Version >= 1);
    }

    [Fact]
    public void Every_journaled_type_survives_the_journal_serializer()
    {
        var builder = new EventSerializerBuilder();
        foreach (var manifest in JournalManifests.All)
        {
            builder.Register(manifest.EventType, manifest.Name, manifest.Version);
        }

        var serializer = builder.Build();
        JournalSamples.All.Select(s => s.GetType()).Should().BeEquivalentTo(JournalManifests.All.Select(m => m.EventType));
        foreach (var sample in JournalSamples.All)
        {
            var stored = serializer.Serialize(sample);
            var read = serializer.Deserialize(stored.Manifest, stored.Bytes);

            read.Should().BeOfType(sample.GetType());
            read.Should().BeEquivalentTo(sample, o => o.RespectingRuntimeTypes(), because: $"{stored.Manifest} must read back as written");
        }
    }

    [Fact]
    public void A_stored_manifest_names_the_event_not_its_clr_type()
    {
        var serializer = new EventSerializerBuilder().Register(typeof(Risk.EquityMarked), "equity-marked").Build();

        serializer.Serialize(new Risk.EquityMarked(1m, DateTimeOffset.UnixEpoch)).Manifest.Should().Be("equity-marked@1");
    }

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$", RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex KebabCase();
}
