using System.Numerics;
using FractalTrader.Runtime.Configuration;
using static FractalTrader.Runtime.Tests.Configuration.Conformance.FactAssertions;

namespace FractalTrader.Runtime.Tests.Configuration.Conformance;

/// <summary>MANIFEST §6.3, facts 87-150: inline cases from the reference test suite.</summary>
public sealed class InlineFacts
{
    private static readonly Dictionary<string, string> NoVariables = new(StringComparer.Ordinal);

    private static Config Parse(string text) => HoconOracle.Parse(text);

    private static Config ParseWithEnvironment(string text) => HoconOracle.ParseWithEnvironment(text, NoVariables);

    private static HoconException Fails(string text, HoconErrorKind kind) => ((Func<Config>)(() => Parse(text))).ShouldFailWith(kind);

    private static void Tree(string text, string json) => ((HoconValue)Parse(text).Root).ShouldEqualTree(Json(json), text);

    private static Config Value(string value) => Parse("v = " + FractalTrader.Runtime.Configuration.Rendering.JsonRenderer.Quote(value));

    [Fact]
    public void Fact_087_a_substitution_looks_forward_to_the_final_value() => Parse("a=1,b=${a},a=2").GetInt("b").Should().Be(2);

    [Theory]
    [InlineData("a: ${a}")]
    [InlineData("a:${b},b:${a}")]
    [InlineData("a:${b},b:${c},c:${d},d:${a}")]
    public void Fact_088_substitution_loops_are_cycle_errors(string text) =>
        Fails(text, HoconErrorKind.SubstitutionCycle).Message.Should().Contain("cycle");

    [Fact]
    public void Fact_089_a_hidden_substitution_is_never_evaluated()
    {
        Parse("a=${nonexistent},a=42").GetInt("a").Should().Be(42);
        Parse("a=${a},a=42").GetInt("a").Should().Be(42);
    }

    [Fact]
    public void Fact_090_an_object_does_not_hide_a_substitution_below_it() =>
        Fails("a=${nonexistent},a={ b : 42 }", HoconErrorKind.UnresolvedSubstitution);

    [Fact]
    public void Fact_091_missing_optionals_in_a_list_are_left_out() => Tree("a : [ ${?missing}, ${?also.missing} ]", """{"a":[]}""");

    [Fact]
    public void Fact_092_missing_optionals_chained_leave_no_fields() =>
        Tree("a : ${?missing}, b : ${?also.missing}, c : ${?b}, d : ${?c}", "{}");

    [Fact]
    public void Fact_093_an_undefined_environment_variable_is_unresolved() =>
        ((Func<Config>)(() => ParseWithEnvironment("{ a : ${NOT_HERE} }"))).ShouldFailWith(HoconErrorKind.UnresolvedSubstitution);

    [Fact]
    public void Fact_094_a_missing_optional_keeps_the_earlier_value_a_present_one_replaces_it()
    {
        ParseWithEnvironment("{ a: 42, a : ${?NOT_HERE} }").GetInt("a").Should().Be(42);
        ParseWithEnvironment("{ HERE : 43, a: 42, a : ${?HERE} }").GetInt("a").Should().Be(43);
    }

    [Fact]
    public void Fact_095_a_present_optional_replaces_an_object()
    {
        var config = ParseWithEnvironment("{ HERE : 43, a: { b : 42 }, a : ${?HERE} }");

        config.GetInt("a").Should().Be(43);
        config.HasPath("a.b").Should().BeFalse();
    }

    [Fact]
    public void Fact_096_optional_list_elements()
    {
        ParseWithEnvironment("{ a : [ 1, 2, 3, ${?NOT_HERE} ] }").GetIntList("a").Should().Equal(1, 2, 3);
        ParseWithEnvironment("{ HERE : 4, a : [ 1, 2, 3, ${?HERE} ] }").GetIntList("a").Should().Equal(1, 2, 3, 4);
    }

    [Fact]
    public void Fact_097_a_self_reference_reads_the_earlier_value()
    {
        Parse("a=1, a=${a}").GetInt("a").Should().Be(1);
        Parse("a.b=1, a.b=${a.b}").GetInt("a.b").Should().Be(1);
    }

    [Fact]
    public void Fact_098_a_self_reference_with_nothing_earlier()
    {
        Fails("a=${a}", HoconErrorKind.SubstitutionCycle).Message.Should().Contain("cycle");
        Parse("a=${?a}").HasPath("a").Should().BeFalse();
    }

    [Fact]
    public void Fact_099_the_look_back_works_through_a_path()
    {
        var config = Parse("foo : { a : { c : 1 } }, foo : ${foo.a}, foo : { a : 2 }");

        config.GetInt("foo.c").Should().Be(1);
        config.GetInt("foo.a").Should().Be(2);
    }

    [Fact]
    public void Fact_100_a_self_referenced_object_merges_with_later_ones()
    {
        Parse("a={b=5}, a=${a}").GetInt("a.b").Should().Be(5);
        var config = Parse("a={b=5}, a=${a}, a={c=6}");
        config.GetInt("a.b").Should().Be(5);
        config.GetInt("a.c").Should().Be(6);
    }

    [Fact]
    public void Fact_101_a_self_reference_in_a_concatenation() => Parse("a=1, a=${a}foo").GetString("a").Should().Be("1foo");

    [Fact]
    public void Fact_102_optional_self_references_in_concatenations()
    {
        Parse("a=${?a}foo").GetString("a").Should().Be("foo");
        Parse("a=${?a}foo${?a}").GetString("a").Should().Be("foo");
        Parse("a=1,a=${?a}foo${?a}").GetString("a").Should().Be("1foo1");
    }

    [Fact]
    public void Fact_103_the_last_plain_value_wins_whatever_came_before()
    {
        Parse("a=1, a=${a}, a=2").GetInt("a").Should().Be(2);
        Parse("a=${a}, a=1, a=2").GetInt("a").Should().Be(2);
        Parse("a=1, a=2, a=${a}").GetInt("a").Should().Be(2);
    }

    [Fact]
    public void Fact_104_a_path_self_reference_looks_back_in_the_merge_stack() =>
        Parse("a={b={c=5}}, a=${a.b}, a={b=2}").GetInt("a.c").Should().Be(5);

    [Fact]
    public void Fact_105_inside_an_object_there_is_no_look_back() =>
        Parse("a={b={c=5}}, a={ x : ${a.b} }, a={b=2}").GetInt("a.x").Should().Be(2);

    [Theory]
    [InlineData("a=1,a=[${a}, 2]")]
    [InlineData("a=1,a={ x : ${a} }")]
    public void Fact_106_no_look_back_from_inside_a_list_or_object(string text) =>
        Fails(text, HoconErrorKind.SubstitutionCycle).Message.Should().Contain("cycle").And.Contain("${a}");

    [Fact]
    public void Fact_107_a_sibling_reference_looks_forward() =>
        Parse("bar : { foo : 42, baz : ${bar.foo} }\nbar : { foo : 43 }").GetInt("bar.baz").Should().Be(43);

    [Fact]
    public void Fact_108_references_across_objects_resolve_lazily()
    {
        var config = Parse("bar : { a : ${foo.d}, b : 1 }\nbar.b = 3\nfoo : { c : ${bar.b}, d : 2 }\nfoo.d = 4");

        config.GetInt("bar.a").Should().Be(4);
        config.GetInt("foo.c").Should().Be(3);
    }

    [Fact]
    public void Fact_109_successive_self_references_accumulate() => Parse("a=1,a=${a}x,a=${a}y,a=${a}z").GetString("a").Should().Be("1xyz");

    [Fact]
    public void Fact_110_null_starts_a_string_concatenation() => Parse("""{ "a" : null foo bar }""").GetString("a").Should().Be("null foo bar");

    [Fact]
    public void Fact_111_mixed_simple_values_concatenate() => Parse("""a : true "xyz" 123 foo""").GetString("a").Should().Be("true xyz 123 foo");

    [Fact]
    public void Fact_112_substitutions_around_text() => Parse("a : ${x}foo${x}, x = 1").GetString("a").Should().Be("1foo1");

    [Fact]
    public void Fact_113_a_concatenation_cannot_span_lines() => Fails("a : ${x}\nfoo, x = 1", HoconErrorKind.Parse);

    [Theory]
    [InlineData("a : abc { x : y }")]
    [InlineData("a : null { x : y }")]
    [InlineData("a : abc [1, 2]")]
    public void Fact_114_strings_do_not_concatenate_with_objects_or_lists(string text) =>
        Fails(text, HoconErrorKind.WrongType).Message.Should().Contain("cannot concatenate");

    [Fact]
    public void Fact_115_lists_concatenate()
    {
        Parse("a : [1,2] [3,4]").GetIntList("a").Should().Equal(1, 2, 3, 4);
        Parse("a : ${x} [3,4] ${y}, x : [1,2], y : [5,6]").GetIntList("a").Should().Equal(1, 2, 3, 4, 5, 6);
    }

    [Fact]
    public void Fact_116_a_list_extended_by_self_references() =>
        Parse("a : [1, 2], a : ${a} [3,4], a : ${a} [5,6]").GetIntList("a").Should().Equal(1, 2, 3, 4, 5, 6);

    [Fact]
    public void Fact_117_objects_concatenate_right_winning() => Parse("a : { b : 1 } { b : 2 } { b : 3 } { b : 4 }").GetInt("a.b").Should().Be(4);

    [Fact]
    public void Fact_118_an_object_concatenated_with_the_earlier_value() => Tree("a : { b : 3 }, a : { b : 2 } ${a}", """{"a":{"b":3}}""");

    [Fact]
    public void Fact_119_values_in_a_list_concatenate_unless_a_newline_separates_them()
    {
        Parse("a : [ foo bar 10 ]").GetStringList("a").Should().Equal("foo bar 10");
        Parse("a : [ foo\nbar\n10 ]").GetStringList("a").Should().Equal("foo", "bar", "10");
    }

    [Fact]
    public void Fact_120_lists_in_a_list_concatenate_unless_a_newline_separates_them()
    {
        Tree("a : [ [1, 2] [3, 4] ]", """{"a":[[1,2,3,4]]}""");
        Tree("a : [ [1, 2]\n[3, 4] ]", """{"a":[[1,2],[3,4]]}""");
    }

    [Fact]
    public void Fact_121_a_key_made_of_several_words() => Parse("123 foo : \"value\"").GetString("\"123 foo\"").Should().Be("value");

    [Fact]
    public void Fact_122_plus_equals_appends()
    {
        Parse("a = [], a += 2").GetIntList("a").Should().Equal(2);
        Parse("a += 2").GetIntList("a").Should().Equal(2);
        Parse("a = [1], a += 2").GetIntList("a").Should().Equal(1, 2);
    }

    [Theory]
    [InlineData("a = 10, a += 2")]
    [InlineData("a = abc, a += 2")]
    [InlineData("a = { x : y }, a += 2")]
    public void Fact_123_plus_equals_on_a_non_list_cannot_concatenate(string text) =>
        Fails(text, HoconErrorKind.WrongType).Message.Should().Contain("cannot concatenate");

    [Fact]
    public void Fact_124_plus_equals_through_paths_and_in_nested_objects()
    {
        Parse("a.b.c = [1], a.b.c += 2").GetIntList("a.b.c").Should().Equal(1, 2);
        Parse("x { a += 1, a += 2, a += 3 }").GetIntList("x.a").Should().Equal(1, 2, 3);
    }

    [Theory]
    [InlineData("x = [ { a += 1, a += 2, a += 3 } ]")]
    [InlineData("x += { a += 1, a += 2, a += 3 }")]
    [InlineData("x = [ { a += 1 } ]")]
    public void Fact_125_plus_equals_inside_a_list_is_a_limitation_error(string text) =>
        Fails(text, HoconErrorKind.Parse).Message.Should().Contain("limitation");

    [Fact]
    public void Fact_126_plus_equals_extends_an_object_copied_by_substitution() =>
        Parse("d { x = [] }, c : ${d}, c { x += 1, x += 2 }").GetIntList("c.x").Should().Equal(1, 2);

    [Fact]
    public void Fact_127_an_undefined_optional_next_to_a_value_disappears()
    {
        Parse("a = foo${?bar}").GetString("a").Should().Be("foo");
        Parse("a = [1] ${?bar}").GetIntList("a").Should().Equal(1);
        Tree("a = { x : \"foo\" } ${?bar}", """{"a":{"x":"foo"}}""");
    }

    [Fact]
    public void Fact_128_only_undefined_optionals_leave_the_field_out_but_whitespace_and_quotes_stay()
    {
        Parse("a = ${?foo}${?bar}").HasPath("a").Should().BeFalse();
        Parse("a = ${?foo} ${?bar}").GetString("a").Should().Be(" ");
        Parse("a = \"\"${?foo}${?bar}").GetString("a").Should().Be(string.Empty);
    }

    [Fact]
    public void Fact_129_unquoted_whitespace_between_objects_or_lists_is_ignored()
    {
        Tree("foo = { a : 1}, bar = { b : 2 }, x = ${foo} ${bar}", """{"foo":{"a":1},"bar":{"b":2},"x":{"a":1,"b":2}}""");
        Parse("foo = [1], bar = [2], x = ${foo} ${bar}").GetIntList("x").Should().Equal(1, 2);
    }

    [Theory]
    [InlineData("foo = { a : 1}, bar = { b : 2 }, x = ${foo}\"  \"${bar}")]
    [InlineData("foo = [1], bar = [2], x = ${foo}\"  \"${bar}")]
    public void Fact_130_quoted_whitespace_between_objects_or_lists_is_wrong_type(string text) => Fails(text, HoconErrorKind.WrongType);

    [Fact]
    public void Fact_131_duplicate_keys_last_wins_and_non_objects_reset_merging()
    {
        Parse("""{ "a" : 10, "a" : 11 }""").GetInt("a").Should().Be(11);
        Tree("{ a : { b : 1 }, a : null, a : { c : 2 } }", """{"a":{"c":2}}""");
        Tree("{ a : { b : 1 }, a : 42, a : { c : 2 } }", """{"a":{"c":2}}""");
    }

    [Theory]
    [InlineData("{ a : y b : z }")]
    [InlineData("""{ "a" : "y" "b" : "z" }""")]
    public void Fact_132_two_fields_on_one_line_without_a_comma_are_an_error(string text) => Fails(text, HoconErrorKind.Parse);

    [Fact]
    public void Fact_133_concatenations_in_lists_and_values()
    {
        Parse("c : [ 1 2 3 ]").GetStringList("c").Should().Equal("1 2 3");
        Parse("""c : [ "4" "5" "6" ]""").GetStringList("c").Should().Equal("4 5 6");
        Parse("a : b c").GetString("a").Should().Be("b c");
    }

    [Fact]
    public void Fact_134_keys_with_slashes()
    {
        var config = Parse("/a/b/c=42, x/y/z : 32");

        config.Root.Keys.Should().Equal("/a/b/c", "x/y/z");
        config.GetInt("\"/a/b/c\"").Should().Be(42);
    }

    [Fact]
    public void Fact_135_a_dotted_number_key_is_a_path() => Parse("0.1.2.3=foobar1").GetString("\"0\".\"1\".\"2\".\"3\"").Should().Be("foobar1");

    [Theory]
    [InlineData("10.0foo", new[] { "10", "0foo" })]
    [InlineData("foo10.0", new[] { "foo10", "0" })]
    [InlineData("1.2.3.4", new[] { "1", "2", "3", "4" })]
    [InlineData(" a . b", new[] { "a ", " b" })]
    [InlineData("a.\"\".b", new[] { "a", "", "b" })]
    [InlineData("-foo", new[] { "-foo" })]
    public void Fact_136_path_expressions_split_on_unquoted_dots(string expression, string[] keys) =>
        HoconPath.Parse(expression).Keys.Should().Equal(keys);

    [Theory]
    [InlineData("")]
    [InlineData("a.")]
    [InlineData(".b")]
    [InlineData("a..b")]
    [InlineData("a${b}c")]
    [InlineData("\"\".")]
    [InlineData(".\"\"")]
    public void Fact_137_malformed_path_expressions_are_bad_paths(string expression) =>
        ((Func<HoconPath>)(() => HoconPath.Parse(expression))).ShouldFailWith(HoconErrorKind.BadPath);

    [Fact]
    public void Fact_138_a_byte_order_mark_is_whitespace_outside_quotes_and_kept_inside()
    {
        Parse("\uFEFFfoo=bar").GetString("foo").Should().Be("bar");
        Parse("foo= \uFEFFbar\uFEFF").GetString("foo").Should().Be("bar");
        Parse("foo=\"\uFEFF\uFEFF\"").GetString("foo").Should().Be("\uFEFF\uFEFF");
    }

    [Theory]
    [InlineData("include file (\"foo\")", "include must be followed by")]
    [InlineData("include file(foo)", "needs a quoted string")]
    [InlineData("include file(\"foo\"", "expected ')'")]
    public void Fact_139_malformed_include_statements(string text, string message) =>
        Fails(text, HoconErrorKind.Parse).Message.Should().Contain(message);

    [Fact]
    public void Fact_140_a_required_include_fails_when_missing_even_if_missing_files_are_allowed()
    {
        var act = () => Config.Parse("include required(classpath( \"nonexistant\") )", HoconOracle.Options with { AllowMissing = true });

        act.ShouldFailWith(HoconErrorKind.Io).Message.Should().Contain("not found");
    }

    [Fact]
    public void Fact_141_a_url_include_gets_no_extension_guessing()
    {
        var url = new Uri(HoconOracle.Fixture("test01")).AbsoluteUri;

        Parse($"include url(\"{url}\")").Root.Should().BeEmpty();
        Parse($"include url(\"{url}.conf\")").GetInt("ints.fortyTwo").Should().Be(42);
    }

    [Theory]
    [InlineData("1s")]
    [InlineData("1 s")]
    [InlineData("1seconds")]
    [InlineData("1 seconds")]
    [InlineData("   1s    ")]
    [InlineData("1second")]
    [InlineData("1000")]
    [InlineData("1000ms")]
    [InlineData("1000 milliseconds")]
    [InlineData("1000millisecond")]
    [InlineData("1000000us")]
    [InlineData("1000000 microseconds")]
    [InlineData("1000000microsecond")]
    [InlineData("1000000000ns")]
    [InlineData("1000000000 nanoseconds")]
    [InlineData("1000000000nanosecond")]
    [InlineData("0.01666666666666666666666m")]
    [InlineData("0.01666666666666666666666 minutes")]
    [InlineData("0.01666666666666666666666 minute")]
    [InlineData("0.00027777777777777777777h")]
    [InlineData("0.00027777777777777777777 hours")]
    [InlineData("0.00027777777777777777777hour")]
    [InlineData("1.1574074074074073e-05d")]
    [InlineData("1.1574074074074073e-05  days")]
    [InlineData("1.1574074074074073e-05day")]
    public void Fact_142_durations_equal_to_one_second(string text) => Value(text).GetNanoseconds("v").Should().Be(1_000_000_000);

    [Fact]
    public void Fact_143_bad_duration_units_and_numbers()
    {
        ((Func<long>)(() => Value("100 dollars").GetNanoseconds("v"))).ShouldFailWith(HoconErrorKind.BadValue).Message.Should().Contain("time unit");
        ((Func<long>)(() => Value("1 00 seconds").GetNanoseconds("v"))).ShouldFailWith(HoconErrorKind.BadValue).Message.Should().Contain("duration number");
    }

    [Theory]
    [InlineData("1y")]
    [InlineData("1 years")]
    [InlineData("365")]
    [InlineData("365d")]
    [InlineData("365 days")]
    [InlineData("12m")]
    [InlineData("12mo")]
    [InlineData("12 months")]
    [InlineData("12month")]
    public void Fact_144_periods_equal_to_one_year(string text)
    {
        var epoch = new DateOnly(1970, 1, 1);

        Value(text).GetPeriod("v").AddTo(epoch).DayNumber.Should().Be(epoch.AddYears(1).DayNumber);
    }

    [Theory]
    [InlineData("1048576")]
    [InlineData("1048576b")]
    [InlineData("1048576 bytes")]
    [InlineData("1048576B")]
    [InlineData("1024k")]
    [InlineData("1024K")]
    [InlineData("1024Ki")]
    [InlineData("1024KiB")]
    [InlineData("1024 kibibytes")]
    [InlineData("1m")]
    [InlineData("1M")]
    [InlineData("1Mi")]
    [InlineData("1MiB")]
    [InlineData("1 mebibyte")]
    [InlineData("0.0009765625g")]
    [InlineData("0.0009765625G")]
    [InlineData("0.0009765625Gi")]
    [InlineData("0.0009765625GiB")]
    [InlineData("0.0009765625 gibibytes")]
    public void Fact_145_sizes_equal_to_a_mebibyte(string text) => Value(text).GetBytes("v").Should().Be(1048576);

    [Theory]
    [InlineData("1000000")]
    [InlineData("1000kB")]
    [InlineData("1000 kilobytes")]
    [InlineData("1MB")]
    [InlineData("1 megabytes")]
    [InlineData(".001GB")]
    [InlineData(".001 gigabytes")]
    public void Fact_146_sizes_equal_to_a_megabyte(string text) => Value(text).GetBytes("v").Should().Be(1000000);

    [Fact]
    public void Fact_147_every_power_of_1024_and_of_1000()
    {
        string[] binary = ["tebi", "pebi", "exbi", "zebi", "yobi"];
        string[] decimals = ["tera", "peta", "exa", "zetta", "yotta"];
        for (var i = 0; i < binary.Length; i++)
        {
            var power = i + 4;
            var letter = char.ToUpperInvariant(binary[i][0]);
            foreach (var text in new[] { $"1{letter}", $"1{letter}i", $"1{letter}iB", $"1{binary[i]}byte", $"1{binary[i]}bytes" })
            {
                Value(text).GetBigBytes("v").Should().Be(BigInteger.Pow(1024, power), text);
            }

            foreach (var text in new[] { $"1{letter}B", $"1{decimals[i]}byte", $"1{decimals[i]}bytes" })
            {
                Value(text).GetBigBytes("v").Should().Be(BigInteger.Pow(1000, power), text);
            }
        }
    }

    [Theory]
    [InlineData("9223372036854775808 bytes", "out of range")]
    [InlineData("1Z", "out of range")]
    [InlineData("1ZB", "out of range")]
    [InlineData("1Y", "out of range")]
    [InlineData("1YB", "out of range")]
    [InlineData("1000 exabytes", "out of range")]
    [InlineData("10000000 petabytes", "out of range")]
    [InlineData("-1Z", "negative number")]
    [InlineData("-1ZB", "negative number")]
    public void Fact_148_sizes_beyond_64_bits_or_negative_are_bad_values(string text, string message) =>
        ((Func<long>)(() => Value(text).GetBytes("v"))).ShouldFailWith(HoconErrorKind.BadValue).Message.Should().Contain(message);

    [Fact]
    public void Fact_149_bad_size_units_and_numbers()
    {
        ((Func<long>)(() => Value("100 dollars").GetBytes("v"))).ShouldFailWith(HoconErrorKind.BadValue).Message.Should().Contain("size-in-bytes unit");
        ((Func<long>)(() => Value("1 00 bytes").GetBytes("v"))).ShouldFailWith(HoconErrorKind.BadValue).Message.Should().Contain("size-in-bytes number");
    }

    [Fact]
    public void Fact_150_one_d_is_a_day_not_a_double() => Parse("foo = 1d").GetMilliseconds("foo").Should().Be(86_400_000);
}
