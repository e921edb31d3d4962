using System.Globalization;
using System.Text.RegularExpressions;
using FractalTrader.Runtime.Configuration;

namespace FractalTrader.Runtime.Tests.Configuration.Conformance;

/// <summary>MANIFEST §5: every fixture resolves to its expected/ tree, or fails as its .error.txt describes.</summary>
public sealed partial class FixtureTests
{
    private static readonly Dictionary<string, string> SecretEnvironment = new(StringComparer.Ordinal)
    {
        ["SECRET_A"] = "A",
        ["SECRET_B"] = "B",
        ["SECRET_C"] = "C",
    };

    public static TheoryData<string> ExpectedTrees() =>
        [.. ExpectedFiles().Where(f => f.EndsWith(".json", StringComparison.Ordinal))];

    public static TheoryData<string> ExpectedErrors() =>
        [.. ExpectedFiles().Where(f => f.EndsWith(".error.txt", StringComparison.Ordinal))];

    private static IEnumerable<string> ExpectedFiles() =>
        Directory.GetFiles(HoconOracle.Expected(), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(HoconOracle.Expected(), f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    [Fact]
    public void The_corpus_holds_34_trees_and_4_errors()
    {
        ExpectedTrees().Should().HaveCount(34);
        ExpectedErrors().Should().HaveCount(4);
    }

    [Theory]
    [MemberData(nameof(ExpectedTrees))]
    public void Fixture_resolves_to_its_expected_tree(string expectedFile)
    {
        var expected = HoconOracle.FromJsonFile(HoconOracle.Expected(expectedFile));

        var actual = expectedFile switch
        {
            "test01.anysyntax.json" => HoconOracle.Load("test01"),
            "env-variables.with-env.json" => Config.Load(
                HoconOracle.Fixture("env-variables.conf"), HoconOracle.Options, HoconResolveOptions.FromEnvironment(SecretEnvironment)),
            _ => HoconOracle.Load(expectedFile[..^".json".Length]),
        };

        actual.Root.ShouldEqualTree(expected, expectedFile);
    }

    [Theory]
    [MemberData(nameof(ExpectedErrors))]
    public void Fixture_fails_as_its_error_file_describes(string errorFile)
    {
        var description = File.ReadAllText(HoconOracle.Expected(errorFile));
        var fixture = errorFile[..^".error.txt".Length];
        var kind = description.Contains("include statements nested", StringComparison.Ordinal) ? HoconErrorKind.IncludeCycle
            : description.Contains("ConfigException$UnresolvedSubstitution", StringComparison.Ordinal) ? HoconErrorKind.UnresolvedSubstitution
            : HoconErrorKind.Parse;

        var act = () => HoconOracle.Load(fixture);

        var error = act.Should().Throw<HoconException>().Which;
        error.Kind.Should().Be(kind, error.Message);
        error.File.Should().EndWith(fixture);
        if (LineOf(description) is { } line)
        {
            error.Line.Should().Be(line, error.Message);
            error.Column.Should().BePositive();
        }

        if (kind == HoconErrorKind.UnresolvedSubstitution)
        {
            var substitution = Regex.Match(description, @"\$\{[^}]*\}", RegexOptions.None, TimeSpan.FromSeconds(1)).Value;
            error.Message.Should().Contain(substitution);
        }
    }

    private static int? LineOf(string description)
    {
        var match = ReferenceLine().Match(description);
        return match.Success ? int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"\.conf: (?<line>\d+): ", RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ReferenceLine();
}
