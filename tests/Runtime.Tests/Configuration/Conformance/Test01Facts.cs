using System.Numerics;
using FractalTrader.Runtime.Configuration;
using static FractalTrader.Runtime.Tests.Configuration.Conformance.FactAssertions;

namespace FractalTrader.Runtime.Tests.Configuration.Conformance;

/// <summary>MANIFEST §6.1, facts 1-48: test01 loaded without extension (conf + json + properties), resolved without environment.</summary>
public sealed class Test01Facts
{
    private static readonly Lazy<Config> Loaded = new(() => HoconOracle.Load("test01"));

    private static Config Test01 => Loaded.Value;

    [Fact]
    public void Fact_01_ints_fortyTwo_is_42() => Test01.GetInt("ints.fortyTwo").Should().Be(42);

    [Fact]
    public void Fact_02_a_substitution_keeps_the_number_also_as_long()
    {
        Test01.GetInt("ints.fortyTwoAgain").Should().Be(42);
        Test01.GetLong("ints.fortyTwoAgain").Should().Be(42L);
    }

    [Fact]
    public void Fact_03_doubles_and_their_substitutions_are_42_1()
    {
        Test01.GetDouble("floats.fortyTwoPointOne").Should().Be(42.1);
        Test01.GetDouble("floats.fortyTwoPointOneAgain").Should().Be(42.1);
    }

    [Fact]
    public void Fact_04_point_33_is_a_string_that_reads_as_a_double()
    {
        Test01.GetValue("floats.pointThirtyThree").Type.Should().Be(HoconValueType.String);
        Test01.GetString("floats.pointThirtyThree").Should().Be(".33");
        Test01.GetDouble("floats.pointThirtyThree").Should().Be(0.33);
    }

    [Fact]
    public void Fact_05_its_substitution_reads_as_a_double_too() => Test01.GetDouble("floats.pointThirtyThreeAgain").Should().Be(0.33);

    [Fact]
    public void Fact_06_four_substitutions_concatenate_to_abcd()
    {
        Test01.GetString("strings.abcd").Should().Be("abcd");
        Test01.GetString("strings.abcdAgain").Should().Be("abcd");
    }

    [Fact]
    public void Fact_07_unquoted_values_concatenate_with_their_spaces() =>
        Test01.GetString("strings.concatenated").Should().Be("null bar 42 baz true 3.14 hi");

    [Fact]
    public void Fact_08_boolean_substitutions_keep_the_boolean()
    {
        Test01.GetBoolean("booleans.trueAgain").Should().BeTrue();
        Test01.GetBoolean("booleans.falseAgain").Should().BeFalse();
    }

    [Fact]
    public void Fact_09_an_explicit_null_is_present_but_not_a_path()
    {
        Test01.GetObject("nulls").Should().ContainKey("null");
        Test01.IsNull("nulls.null").Should().BeTrue();
        Test01.HasPath("nulls.null").Should().BeFalse();
        Test01.HasPathOrNull("nulls.null").Should().BeTrue();
        Test01.Entries().Select(e => e.Key).Should().NotContain("nulls.null");
        ((Func<int>)(() => Test01.GetInt("nulls.null"))).ShouldFailWith(HoconErrorKind.Null);
    }

    [Fact]
    public void Fact_10_an_empty_list_reads_as_a_list_of_any_type()
    {
        Test01.GetList("arrays.empty").Should().BeEmpty();
        Test01.GetIntList("arrays.empty").Should().BeEmpty();
        Test01.GetStringList("arrays.empty").Should().BeEmpty();
        Test01.GetObjectList("arrays.empty").Should().BeEmpty();
    }

    [Fact]
    public void Fact_11_list_of_ints() => Test01.GetIntList("arrays.ofInt").Should().Equal(1, 2, 3);

    [Fact]
    public void Fact_12_list_of_substituted_strings() => Test01.GetStringList("arrays.ofString").Should().Equal("a", "b", "c");

    [Fact]
    public void Fact_13_list_of_doubles() => Test01.GetDoubleList("arrays.ofDouble").Should().Equal(3.14, 4.14, 5.14);

    [Fact]
    public void Fact_14_list_of_nulls() => ((HoconValue)Test01.GetList("arrays.ofNull")).ShouldEqualTree(Json("[null,null,null]"));

    [Fact]
    public void Fact_15_list_of_booleans() => Test01.GetBooleanList("arrays.ofBoolean").Should().Equal(true, false);

    [Fact]
    public void Fact_16_list_of_substituted_lists() =>
        ((HoconValue)Test01.GetList("arrays.ofArray")).ShouldEqualTree(Json("""[["a","b","c"],["a","b","c"],["a","b","c"]]"""));

    [Fact]
    public void Fact_17_list_of_substituted_objects()
    {
        var objects = Test01.GetObjectList("arrays.ofObject");

        objects.Should().HaveCount(3);
        ((HoconValue)objects[0]).ShouldEqualTree(Test01.GetObject("ints"));
        ((HoconValue)objects[1]).ShouldEqualTree(Test01.GetObject("booleans"));
    }

    [Fact]
    public void Fact_18_first_element_need_not_be_a_substitution() =>
        Test01.GetStringList("arrays.firstElementNotASubst").Should().Equal("a", "b");

    [Fact]
    public void Fact_19_numbers_read_as_strings_in_their_own_spelling()
    {
        Test01.GetString("ints.fortyTwo").Should().Be("42");
        Test01.GetString("floats.fortyTwoPointOne").Should().Be("42.1");
    }

    [Fact]
    public void Fact_20_numeric_strings_read_as_numbers()
    {
        Test01.GetInt("strings.number").Should().Be(57);
        Test01.GetDouble("strings.double").Should().Be(3.14);
        Test01.GetDouble("strings.doubleStartingWithDot").Should().Be(0.33);
    }

    [Fact]
    public void Fact_21_yes_no_true_false_strings_read_as_booleans()
    {
        Test01.GetBoolean("strings.true").Should().BeTrue();
        Test01.GetBoolean("strings.yes").Should().BeTrue();
        Test01.GetBoolean("strings.false").Should().BeFalse();
        Test01.GetBoolean("strings.no").Should().BeFalse();
    }

    [Fact]
    public void Fact_22_conversions_that_must_not_happen_are_wrong_type()
    {
        ((Func<bool>)(() => Test01.GetBoolean("strings.abcd"))).ShouldFailWith(HoconErrorKind.WrongType);
        ((Func<HoconObject>)(() => Test01.GetObject("strings.a"))).ShouldFailWith(HoconErrorKind.WrongType);
        ((Func<HoconList>)(() => Test01.GetList("strings.a"))).ShouldFailWith(HoconErrorKind.WrongType);
        ((Func<string>)(() => Test01.GetString("ints"))).ShouldFailWith(HoconErrorKind.WrongType);
        ((Func<string>)(() => Test01.GetString("arrays.ofInt"))).ShouldFailWith(HoconErrorKind.WrongType);
    }

    [Fact]
    public void Fact_23_one_second_is_1000_ms_and_10e9_ns()
    {
        Test01.GetMilliseconds("durations.second").Should().Be(1000);
        Test01.GetNanoseconds("durations.second").Should().Be(1_000_000_000);
        Test01.GetDuration("durations.second").Should().Be(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void Fact_24_a_bare_number_is_milliseconds() => Test01.GetMilliseconds("durations.secondAsNumber").Should().Be(1000);

    [Fact]
    public void Fact_25_a_list_of_durations_mixes_units() =>
        Test01.GetDurationList("durations.secondsList").Select(d => (long)d.TotalMilliseconds).Should().Equal(1000, 2000, 3000, 4000);

    [Fact]
    public void Fact_26_half_a_second_is_500_ms() => Test01.GetMilliseconds("durations.halfSecond").Should().Be(500);

    [Fact]
    public void Fact_27_milli_and_micros_units()
    {
        Test01.GetMilliseconds("durations.millis").Should().Be(1);
        Test01.GetMilliseconds("durations.micros").Should().Be(2);
    }

    [Fact]
    public void Fact_28_large_nanoseconds_stay_exact() =>
        Test01.GetNanoseconds("durations.largeNanos").Should().Be(4878955355435272204L);

    [Fact]
    public void Fact_29_signed_large_nanoseconds_stay_exact()
    {
        Test01.GetNanoseconds("durations.plusLargeNanos").Should().Be(4878955355435272204L);
        Test01.GetNanoseconds("durations.minusLargeNanos").Should().Be(-4878955355435272204L);
    }

    [Fact]
    public void Fact_30_periods_in_days_weeks_months_years()
    {
        Test01.GetPeriod("periods.day").Should().Be(new HoconPeriod(0, 0, 1));
        Test01.GetPeriod("periods.dayAsNumber").Should().Be(new HoconPeriod(0, 0, 2));
        Test01.GetPeriod("periods.week").Should().Be(new HoconPeriod(0, 0, 21));
        Test01.GetPeriod("periods.month").Should().Be(new HoconPeriod(0, 5, 0));
        Test01.GetPeriod("periods.year").Should().Be(new HoconPeriod(8, 0, 0));
    }

    [Fact]
    public void Fact_31_one_M_is_a_mebibyte()
    {
        Test01.GetBytes("memsizes.meg").Should().Be(1048576);
        Test01.GetBytes("memsizes.megAsNumber").Should().Be(1048576);
    }

    [Fact]
    public void Fact_32_a_list_of_sizes_mixes_units() => Test01.GetBytesList("memsizes.megsList").Should().Equal(1048576, 1048576, 1048576);

    [Fact]
    public void Fact_33_half_a_mebibyte() => Test01.GetBytes("memsizes.halfMeg").Should().Be(524288);

    [Fact]
    public void Fact_34_a_yottabyte_needs_a_big_integer()
    {
        Test01.GetBigBytes("memsizes.yottabyte").Should().Be(BigInteger.Pow(10, 24));
        Test01.GetBigBytesList("memsizes.yottabyteList").Should().Equal(BigInteger.Pow(10, 24), 5 * BigInteger.Pow(10, 23));
        ((Func<long>)(() => Test01.GetBytes("memsizes.yottabyte"))).ShouldFailWith(HoconErrorKind.BadValue).Message.Should().Contain("out of range");
    }

    [Fact]
    public void Fact_35_keys_from_the_json_sibling()
    {
        Test01.GetInt("fromJson1").Should().Be(1);
        Test01.GetString("fromJsonA").Should().Be("A");
    }

    [Fact]
    public void Fact_36_properties_values_are_strings_that_convert()
    {
        Test01.GetString("fromProps.abc").Should().Be("abc");
        Test01.GetValue("fromProps.one").Type.Should().Be(HoconValueType.String);
        Test01.GetInt("fromProps.one").Should().Be(1);
        Test01.GetValue("fromProps.bool").Type.Should().Be(HoconValueType.String);
        Test01.GetBoolean("fromProps.bool").Should().BeTrue();
        Test01.GetString("fromProps.bool").Should().Be("true");
    }

    [Fact]
    public void Fact_37_jvm_only_optional_substitutions_leave_keys_absent()
    {
        ((Func<string>)(() => Test01.GetString("system.javaversion"))).ShouldFailWith(HoconErrorKind.Missing);
        ((Func<string>)(() => Test01.GetString("system.userhome"))).ShouldFailWith(HoconErrorKind.Missing);

        var withEnvironment = Config.Load(HoconOracle.Fixture("test01"), HoconOracle.Options, HoconResolveOptions.FromEnvironment(new Dictionary<string, string>(StringComparer.Ordinal)));
        withEnvironment.HasPath("system.javaversion").Should().BeFalse();
    }

    [Fact]
    public void Fact_38_home_comes_from_the_environment_when_resolution_uses_it()
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["HOME"] = "/home/trader" };

        var withEnvironment = Config.Load(HoconOracle.Fixture("test01"), HoconOracle.Options, HoconResolveOptions.FromEnvironment(environment));

        withEnvironment.GetString("system.home").Should().Be("/home/trader");
        Test01.HasPath("system.home").Should().BeFalse();
    }

    [Fact]
    public void Fact_39_undefined_optionals_in_a_concatenation_become_empty_strings() =>
        Test01.GetString("system.concatenated").Should().Be("Your Java version is  and your user.home is ");

    [Fact]
    public void Fact_40_a_missing_path_is_missing() =>
        ((Func<int>)(() => Test01.GetInt("doesnotexist"))).ShouldFailWith(HoconErrorKind.Missing);

    [Fact]
    public void Fact_41_every_getter_on_null_is_null()
    {
        ((Func<int>)(() => Test01.GetInt("nulls.null"))).ShouldFailWith(HoconErrorKind.Null);
        ((Func<IReadOnlyList<int>>)(() => Test01.GetIntList("nulls.null"))).ShouldFailWith(HoconErrorKind.Null);
        ((Func<long>)(() => Test01.GetMilliseconds("nulls.null"))).ShouldFailWith(HoconErrorKind.Null);
        ((Func<long>)(() => Test01.GetNanoseconds("nulls.null"))).ShouldFailWith(HoconErrorKind.Null);
        ((Func<long>)(() => Test01.GetBytes("nulls.null"))).ShouldFailWith(HoconErrorKind.Null);
        ((Func<BigInteger>)(() => Test01.GetBigBytes("nulls.null"))).ShouldFailWith(HoconErrorKind.Null);
    }

    [Fact]
    public void Fact_42_lists_and_scalars_of_the_wrong_type()
    {
        ((Func<int>)(() => Test01.GetInt("booleans.trueAgain"))).ShouldFailWith(HoconErrorKind.WrongType);
        ((Func<IReadOnlyList<bool>>)(() => Test01.GetBooleanList("arrays.ofInt"))).ShouldFailWith(HoconErrorKind.WrongType);
        ((Func<IReadOnlyList<int>>)(() => Test01.GetIntList("arrays.ofBoolean"))).ShouldFailWith(HoconErrorKind.WrongType);
        ((Func<IReadOnlyList<HoconObject>>)(() => Test01.GetObjectList("arrays.ofInt"))).ShouldFailWith(HoconErrorKind.WrongType);
    }

    [Fact]
    public void Fact_43_durations_and_sizes_of_an_object_are_wrong_type()
    {
        ((Func<long>)(() => Test01.GetMilliseconds("ints"))).ShouldFailWith(HoconErrorKind.WrongType);
        ((Func<long>)(() => Test01.GetNanoseconds("ints"))).ShouldFailWith(HoconErrorKind.WrongType);
        ((Func<long>)(() => Test01.GetBytes("ints"))).ShouldFailWith(HoconErrorKind.WrongType);
        ((Func<BigInteger>)(() => Test01.GetBigBytes("ints"))).ShouldFailWith(HoconErrorKind.WrongType);
    }

    [Fact]
    public void Fact_44_durations_and_sizes_of_a_word_are_bad_values()
    {
        ((Func<long>)(() => Test01.GetMilliseconds("strings.a"))).ShouldFailWith(HoconErrorKind.BadValue);
        ((Func<long>)(() => Test01.GetNanoseconds("strings.a"))).ShouldFailWith(HoconErrorKind.BadValue);
        ((Func<long>)(() => Test01.GetBytes("strings.a"))).ShouldFailWith(HoconErrorKind.BadValue);
        ((Func<BigInteger>)(() => Test01.GetBigBytes("strings.a"))).ShouldFailWith(HoconErrorKind.BadValue);
    }

    [Fact]
    public void Fact_45_malformed_paths_are_bad_paths()
    {
        ((Func<int>)(() => Test01.GetInt(".bad"))).ShouldFailWith(HoconErrorKind.BadPath);
        ((Func<int>)(() => Test01.GetInt("bad."))).ShouldFailWith(HoconErrorKind.BadPath);
        ((Func<int>)(() => Test01.GetInt("bad..bad"))).ShouldFailWith(HoconErrorKind.BadPath);
    }

    [Fact]
    public void Fact_46_origins_name_the_file_and_line()
    {
        var fortyTwo = Test01.GetValue("ints.fortyTwo").Origin;
        fortyTwo.Source.Should().EndWith("test01.conf");
        fortyTwo.Line.Should().Be(3);

        var fromJson = Test01.GetValue("fromJson1").Origin;
        fromJson.Source.Should().EndWith("test01.json");
        fromJson.Line.Should().Be(2);

        // The reference gives properties values no line (-1); this port keeps the line, which serves operators better.
        var fromProps = Test01.GetValue("fromProps.abc").Origin;
        fromProps.Source.Should().EndWith("test01.properties");
        fromProps.Line.Should().Be(2);
    }

    [Fact]
    public void Fact_47_a_second_test01_below_it_adds_keys_but_does_not_override()
    {
        var both = Test01.WithFallback(Config.Load(HoconOracle.Fixture("_classpath", "test01.conf"), HoconOracle.Options, HoconResolveOptions.WithoutEnvironment));

        both.GetInt("ints.fortyTwo").Should().Be(42);
        both.GetBoolean("test-lib.fromTestLib").Should().BeTrue();
    }

    [Fact]
    public void Fact_48_a_fixed_syntax_loads_only_that_extension()
    {
        Config Only(HoconSyntax syntax) =>
            Config.Load(HoconOracle.Fixture("test01"), HoconOracle.Options with { Syntax = syntax }, HoconResolveOptions.WithoutEnvironment);

        var json = Only(HoconSyntax.Json);
        json.GetInt("fromJson1").Should().Be(1);
        json.HasPath("fromProps").Should().BeFalse();
        json.HasPath("ints").Should().BeFalse();

        var properties = Only(HoconSyntax.Properties);
        properties.GetString("fromProps.abc").Should().Be("abc");
        properties.HasPath("fromJson1").Should().BeFalse();
        properties.HasPath("ints").Should().BeFalse();

        var conf = Only(HoconSyntax.Conf);
        conf.GetInt("ints.fortyTwo").Should().Be(42);
        conf.HasPath("fromJson1").Should().BeFalse();
        conf.HasPath("fromProps").Should().BeFalse();
    }
}
