using FractalTrader.Runtime.Configuration;

namespace FractalTrader.Runtime.Tests.Configuration.Conformance;

/// <summary>MANIFEST §3: every file in equiv01..05 resolves to the same tree as its original.json (16 comparisons).</summary>
public sealed class EquivalenceTests
{
    public static TheoryData<string, string> Comparisons()
    {
        var data = new TheoryData<string, string>();
        foreach (var dir in Directory.GetDirectories(HoconOracle.Root, "equiv*").Order(StringComparer.Ordinal))
        {
            var files = Directory.GetFiles(dir)
                .Where(f => f.EndsWith(".conf", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
                .Where(f => !Path.GetFileName(f).StartsWith("original.", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                var name = Path.GetFileName(dir) + "/" + Path.GetFileName(file);
                data.Add(name, "by extension");
                if (file.EndsWith(".json", StringComparison.Ordinal))
                {
                    data.Add(name, "as HOCON");
                }
            }
        }

        return data;
    }

    [Fact]
    public void The_corpus_holds_five_folders_and_sixteen_comparisons()
    {
        Directory.GetDirectories(HoconOracle.Root, "equiv*").Should().HaveCount(5);
        Comparisons().Should().HaveCount(16);
    }

    [Theory]
    [MemberData(nameof(Comparisons))]
    public void File_resolves_to_the_same_tree_as_original_json(string file, string syntax)
    {
        var path = Path.Combine(HoconOracle.Root, file);
        var original = Path.Combine(Path.GetDirectoryName(path)!, "original.json");
        var expected = Config.Load(original, resolveOptions: HoconResolveOptions.WithoutEnvironment).Root;
        var options = string.Equals(syntax, "as HOCON", StringComparison.Ordinal) ? new HoconParseOptions { Syntax = HoconSyntax.Conf } : HoconParseOptions.Default;

        var actual = Config.Load(path, options, HoconResolveOptions.WithoutEnvironment).Root;

        actual.ShouldEqualTree(expected, file);
    }
}
