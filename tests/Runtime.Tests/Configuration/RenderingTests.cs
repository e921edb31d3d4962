using FractalTrader.Runtime.Configuration;
using FractalTrader.Runtime.Configuration.Rendering;
using FractalTrader.Runtime.Tests.Configuration.Conformance;
using FsCheck;
using FsCheck.Fluent;
using Config = FractalTrader.Runtime.Configuration.Config;

namespace FractalTrader.Runtime.Tests.Configuration;

public sealed class RenderingTests
{
    private static readonly string[] Keys =
        ["a", "b", "fractal", "ask-timeout", "", "a.b", "include", "true", "null", "10", "-", " spaced ", "quote\"d", "/a/b", "ünï", "x_y", "$", "#"];

    private static readonly string[] Strings =
        ["", "x", "hello world", "5s", "${x}", "# not a comment", "line\nbreak", "tab\t", "\"quoted\"", "\\", "\u2028", "true", "42", "ünï"];

    private static Gen<HoconValue> Scalar() => Gen.OneOf(
        Gen.Elements(Strings).Select(s => (HoconValue)new HoconString(s)),
        Gen.Choose(-1000, 1000).Select(i => (HoconValue)HoconNumber.FromLong(i)),
        Gen.Elements(long.MaxValue, long.MinValue, 0L).Select(l => (HoconValue)HoconNumber.FromLong(l)),
        Gen.Elements(0.5, -2.25, 1e-7, 3.14, 1e21).Select(d => (HoconValue)HoconNumber.FromDouble(d)),
        Gen.Elements(true, false).Select(b => (HoconValue)new HoconBoolean(b)),
        Gen.Constant((HoconValue)new HoconNull()));

    private static Gen<HoconValue> Value(int depth) => depth <= 0
        ? Scalar()
        : Gen.Frequency(
            (3, Scalar()),
            (1, Value(depth - 1).ListOf().Select(items => (HoconValue)new HoconList(items.Take(5)))),
            (2, Object(depth - 1).Select(o => (HoconValue)o)));

    private static Gen<HoconObject> Object(int depth) =>
        (from key in Gen.Elements(Keys) from value in Value(depth) select new KeyValuePair<string, HoconValue>(key, value))
        .ListOf()
        .Select(entries => new HoconObject(entries.Take(6)));

    [Fact]
    public void Hocon_rendering_parses_back_to_the_same_tree() =>
        Prop.ForAll(Object(3).ToArbitrary(), tree =>
        {
            var text = HoconRenderer.Render(tree);
            ((HoconValue)Config.Parse(text).Root).ShouldEqualTree(tree, text);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Json_rendering_parses_back_as_strict_json_to_the_same_tree() =>
        Prop.ForAll(Object(3).ToArbitrary(), tree =>
        {
            var json = JsonRenderer.Render(tree);
            ((HoconValue)Config.Parse(json, new HoconParseOptions { Syntax = HoconSyntax.Json }).Root).ShouldEqualTree(tree, json);
            HoconOracle.FromJson(json).ShouldEqualTree(tree, json);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Json_writes_numbers_as_numbers_and_strings_as_strings()
    {
        var config = Config.Parse("a = 30, b = \"30\", c = 0.5, d = 8.0, e = 10e+3, f = true, g = null, h = [1, \"x\"], i = 5s");

        config.ToJson(indented: false).Should().Be("""{"a":30,"b":"30","c":0.5,"d":8,"e":10000,"f":true,"g":null,"h":[1,"x"],"i":"5s"}""");
    }

    [Fact]
    public void Hocon_rendering_nests_objects_and_quotes_strings()
    {
        var config = Config.Parse("fractal.actor { ask-timeout = 5s, dispatcher.throughput = 30, tags = [a, b] }, \"odd key\" = {}");

        config.ToHocon().Should().Be(
            """
            fractal {
              actor {
                ask-timeout = "5s"
                dispatcher {
                  throughput = 30
                }
                tags = ["a", "b"]
              }
            }
            "odd key" = {}

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
