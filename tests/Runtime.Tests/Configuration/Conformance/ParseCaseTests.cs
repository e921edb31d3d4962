using System.Text.Json;
using FractalTrader.Runtime.Configuration;

namespace FractalTrader.Runtime.Tests.Configuration.Conformance;

/// <summary>MANIFEST §5: each of the 190 inputs of parse-cases.json parses (108) or fails (82) as labelled.</summary>
public sealed class ParseCaseTests
{
    public static TheoryData<int, string, string> Cases()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(HoconOracle.Root, "parse-cases.json")));
        var data = new TheoryData<int, string, string>();
        var index = 0;
        foreach (var c in document.RootElement.GetProperty("cases").EnumerateArray())
        {
            data.Add(index++, c.GetProperty("input").GetString()!, c.GetProperty("expect").GetString()!);
        }

        return data;
    }

    private static string? ExpectedResult(int index)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(HoconOracle.Root, "parse-cases.json")));
        var c = document.RootElement.GetProperty("cases")[index];
        return c.TryGetProperty("result", out var r) && r.ValueKind != JsonValueKind.Null ? r.GetRawText() : null;
    }

    [Fact]
    public void The_corpus_holds_108_valid_and_82_invalid_inputs()
    {
        var cases = Cases().Select(row => (string)row[2]).ToList();

        cases.Should().HaveCount(190);
        cases.Count(e => string.Equals(e, "ok", StringComparison.Ordinal)).Should().Be(108);
        cases.Count(e => string.Equals(e, "error", StringComparison.Ordinal)).Should().Be(82);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Input_is_classified_as_labelled(int index, string input, string expect)
    {
        HoconValue? result = null;
        var act = () => result = Config.ParseAnyRoot(input, HoconResolveOptions.WithoutEnvironment);

        if (string.Equals(expect, "error", StringComparison.Ordinal))
        {
            act.Should().Throw<HoconException>("case {0} {1} is invalid", index, input);
            return;
        }

        act.Should().NotThrow("case {0} {1} is valid", index, input);
        if (ExpectedResult(index) is { } expected)
        {
            result.ShouldEqualTree(HoconOracle.FromJson(expected), $"(case {index})");
        }
    }
}
