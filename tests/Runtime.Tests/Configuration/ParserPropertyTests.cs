using FractalTrader.Runtime.Configuration;
using FractalTrader.Runtime.Tests.Configuration.Conformance;
using FsCheck;
using FsCheck.Fluent;
using Config = FractalTrader.Runtime.Configuration.Config;

namespace FractalTrader.Runtime.Tests.Configuration;

/// <summary>
/// Random and mutated inputs: each one gives a value or a <see cref="HoconException"/>, never
/// another exception and never a hang (each input runs under a time guard).
/// </summary>
public sealed class ParserPropertyTests
{
    // Generous for a loaded 2-core machine; a working parser needs milliseconds.
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(20);

    private static readonly string[] Fragments =
    [
        "{", "}", "[", "]", ":", "=", "+=", ",", "\n", " ", "  ", "\t", "\r\n", "\"", "\"\"\"", "${", "${?", "$", "?", "#", "//", "/",
        "\\", "a", "b", "c", "a.b", "b.c", ".", "..", "1", "-", "-1", "10.5", "1e3", "e", "+", "true", "false", "null", "include",
        " include \"x\"", "file(", "classpath(", "url(", "required(", ")", "\"a\"", "\"\"", "\uFEFF", "\u00A0", "${a}", "${b.c}",
        "${?a}", "a = ", "b : ", "a += ", "[1, 2]", "{ x : 1 }", "\"\\u0041\"", "\"\\q\"", "5s", "10MB", "`", "^", "!", "@", "*", "&",
    ];

    private static readonly Lazy<string[]> Corpus = new(() =>
        Directory.GetFiles(HoconOracle.Root, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".conf", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}expected{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray());

    private static readonly FsCheck.Config Runs = FsCheck.Config.QuickThrowOnFailure.WithMaxTest(400);

    [Fact]
    public void Random_fragment_soup_gives_a_value_or_a_hocon_exception()
    {
        var soup = Gen.Elements(Fragments).ListOf().Select(parts => string.Concat(parts));

        Prop.ForAll(soup.ToArbitrary(), text => ParsesOrFailsCleanly(text)).Check(Runs);
    }

    [Fact]
    public void Random_characters_give_a_value_or_a_hocon_exception()
    {
        var chars = Gen.Elements("{}[]:=,+#/$?\"\\\n\r\t .-e1abc\uFEFF\u00A0()".ToCharArray()).ArrayOf().Select(c => new string(c));

        Prop.ForAll(chars.ToArbitrary(), text => ParsesOrFailsCleanly(text)).Check(Runs);
    }

    [Fact]
    public void Mutated_corpus_files_give_a_value_or_a_hocon_exception()
    {
        var mutated =
            from file in Gen.Elements(Corpus.Value)
            from edits in Gen.Choose(1, 4)
            from seed in Gen.Choose(0, int.MaxValue)
            select (File: file, Text: Mutate(File.ReadAllText(file), edits, seed));

        Prop.ForAll(mutated.ToArbitrary(), m => ParsesOrFailsCleanly(m.Text, Path.GetDirectoryName(m.File))).Check(Runs);
    }

    [Fact]
    public void Random_substitution_graphs_resolve_or_fail_cleanly_and_the_same_way_twice()
    {
        var key = Gen.Elements("a", "b", "c", "a.b", "b.c", "c.a");
        var value = Gen.OneOf(
            Gen.Elements("1", "x", "[1]", "{ q : 1 }", "null", "\"s\""),
            key.Select(k => "${" + k + "}"),
            key.Select(k => "${?" + k + "}"),
            key.Select(k => "${" + k + "} tail"),
            key.Select(k => "[${?" + k + "}, 2]"),
            key.Select(k => "{ x : ${?" + k + "} }"),
            key.Select(k => "${?" + k + "} { y : 2 }"),
            key.Select(k => "${?" + k + "} [3]"));
        var line = from k in key from op in Gen.Elements(" = ", " : ", " += ") from v in value select k + op + v;
        var document = line.ListOf().Select(lines => string.Join("\n", lines));

        Prop.ForAll(document.ToArbitrary(), text =>
        {
            var first = Outcome(text);
            var second = Outcome(text);
            return ParsesOrFailsCleanly(text) && string.Equals(first, second, StringComparison.Ordinal);
        }).Check(Runs);
    }

    [Fact]
    public void Deep_nesting_is_an_error_not_a_crash()
    {
        ParsesOrFailsCleanly(new string('[', 100_000)).Should().BeTrue();
        ParsesOrFailsCleanly("a = " + new string('{', 50_000)).Should().BeTrue();
        ParsesOrFailsCleanly(string.Concat(Enumerable.Repeat("a { ", 20_000))).Should().BeTrue();

        var act = () => Config.Parse(new string('[', 100_000));
        act.Should().Throw<HoconException>().Which.Message.Should().Contain("nested");
    }

    [Fact]
    public void A_long_substitution_chain_resolves_or_fails_cleanly()
    {
        var chain = string.Join("\n", Enumerable.Range(0, 3000).Select(i => $"k{i} = ${{k{i + 1}}}")) + "\nk3000 = done";

        ParsesOrFailsCleanly(chain).Should().BeTrue();
        var shortChain = string.Join("\n", Enumerable.Range(0, 200).Select(i => $"k{i} = ${{k{i + 1}}}")) + "\nk200 = done";
        Config.Parse(shortChain).GetString("k0").Should().Be("done");
    }

    private static string Outcome(string text)
    {
        try
        {
            return Config.Parse(text, resolveOptions: HoconResolveOptions.WithoutEnvironment).ToJson(indented: false);
        }
        catch (HoconException e)
        {
            return e.Kind + ": " + e.Message;
        }
    }

    private static string Mutate(string text, int edits, int seed)
    {
        var random = new Random(seed);
        var chars = text.ToList();
        for (var i = 0; i < edits; i++)
        {
            var at = random.Next(chars.Count + 1);
            switch (random.Next(4))
            {
                case 0 when chars.Count > 0:
                    chars.RemoveRange(Math.Min(at, chars.Count - 1), Math.Min(random.Next(1, 8), chars.Count - Math.Min(at, chars.Count - 1)));
                    break;
                case 1:
                    chars.InsertRange(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 2 when chars.Count > 0:
                    var start = random.Next(chars.Count);
                    var length = Math.Min(random.Next(1, 40), chars.Count - start);
                    chars.InsertRange(at, chars.GetRange(start, length));
                    break;
                default:
                    chars = chars.Take(at).ToList();
                    break;
            }
        }

        return new string([.. chars]);
    }

    private static bool ParsesOrFailsCleanly(string text, string? directory = null)
    {
        var options = HoconOracle.Options with { BaseDirectory = directory };
        var run = Task.Run(() =>
        {
            try
            {
                var config = Config.Parse(text, options, HoconResolveOptions.WithoutEnvironment);
                _ = config.ToJson();
                _ = config.ToHocon();
                return null;
            }
            catch (HoconException)
            {
                return null;
            }
            catch (Exception e)
            {
                return e;
            }
        });

        Exception? unexpected;
        try
        {
            unexpected = run.WaitAsync(Budget).GetAwaiter().GetResult();
        }
        catch (TimeoutException e)
        {
            throw new Xunit.Sdk.XunitException($"no result within {Budget} for input {Show(text)}", e);
        }

        return unexpected is null ? true : throw new Xunit.Sdk.XunitException($"{unexpected.GetType().Name} for input {Show(text)}: {unexpected}");
    }

    private static string Show(string text) => FractalTrader.Runtime.Configuration.Rendering.JsonRenderer.Quote(text.Length > 2000 ? text[..2000] + "..." : text);
}
