using FractalTrader.Runtime.Configuration;

namespace FractalTrader.Runtime.Tests.Configuration.Conformance;

/// <summary>MANIFEST §6.2, facts 49-86: the other fixtures, resolved without environment unless a fact says otherwise.</summary>
public sealed class FixtureFacts
{
    private static readonly Lazy<Config> Test02 = new(() => HoconOracle.Load("test02.conf"));
    private static readonly Lazy<Config> Test03 = new(() => HoconOracle.Load("test03.conf"));

    [Fact]
    public void Fact_49_substitutions_of_empty_keys()
    {
        Test02.Value.GetInt("42_a").Should().Be(42);
        Test02.Value.GetInt("42_b").Should().Be(42);
    }

    [Fact]
    public void Fact_50_plain_and_quoted_substitution_paths()
    {
        Test02.Value.GetInt("57_a").Should().Be(57);
        Test02.Value.GetInt("57_b").Should().Be(57);
    }

    [Fact]
    public void Fact_51_a_quoted_key_holding_dots_is_one_key() => Test02.Value.GetInt("103_a").Should().Be(103);

    [Fact]
    public void Fact_52_getter_paths_follow_the_same_quoting_rules()
    {
        Test02.Value.GetInt("\"\".\"\".\"\"").Should().Be(42);
        Test02.Value.GetInt("a.b.c").Should().Be(57);
        Test02.Value.GetInt("\"a\".\"b\".\"c\"").Should().Be(57);
        Test02.Value.GetInt("\"a.b.c\"").Should().Be(103);
    }

    [Fact]
    public void Fact_53_an_include_overrides_keys_before_it() => Test03.Value.GetInt("test01.ints.fortyTwo").Should().Be(42);

    [Fact]
    public void Fact_54_a_key_after_an_include_overrides_it() => Test03.Value.GetInt("test01.booleans").Should().Be(42);

    [Fact]
    public void Fact_55_an_include_without_extension_loads_all_three_formats()
    {
        Test03.Value.GetString("test01.fromProps.abc").Should().Be("abc");
        Test03.Value.GetString("test01.fromJsonA").Should().Be("A");
    }

    [Fact]
    public void Fact_56_an_include_with_extension()
    {
        Test03.Value.GetInt("test02.a.b.c").Should().Be(57);
        Test03.Value.GetInt("test02.103_a").Should().Be(103);
    }

    [Fact]
    public void Fact_57_an_include_path_with_a_slash() => Test03.Value.GetString("equiv01.strings.a").Should().Be("a");

    [Fact]
    public void Fact_58_substitutions_in_an_included_file_are_re_rooted()
    {
        Test03.Value.GetInt("test01.ints.fortyTwoAgain").Should().Be(42);
        Test03.Value.GetStringList("test01.arrays.ofString").Should().Equal("a", "b", "c");
    }

    [Fact]
    public void Fact_59_included_file_values_and_root_fallback_at_the_root()
    {
        Test03.Value.GetString("a").Should().Be("This is in the included file");
        Test03.Value.GetString("b").Should().Be("This is in the including file");
    }

    [Fact]
    public void Fact_60_under_an_include_point_substitutions_look_there_first_then_at_the_root()
    {
        Test03.Value.GetString("subtree.a").Should().Be("This is in the included file");
        Test03.Value.GetString("subtree.b").Should().Be("This is in the including file");
    }

    [Fact]
    public void Fact_61_missing_includes_are_skipped_even_when_the_top_level_file_is_required() =>
        Test03.Value.GetObject("nonexistent").Should().BeEmpty();

    [Fact]
    public void Fact_62_include_names_are_seen_in_order()
    {
        var seen = new List<string>();
        var options = HoconOracle.Options with { OnInclude = seen.Add };

        Config.Load(HoconOracle.Fixture("test03.conf"), options, HoconResolveOptions.WithoutEnvironment);

        seen.Should().Equal(
            "test01", "test02.conf", "equiv01/original.json", "nothere", "nothere.conf", "nothere.json", "nothere.properties",
            "test03-included.conf", "test03-included.conf");
    }

    [Fact]
    public void Fact_63_a_re_rooted_substitution_sees_the_including_files_override() =>
        Test03.Value.GetList("test01.arrays.ofObject")[1].ShouldEqualTree(HoconNumber.FromLong(42));

    [Fact]
    public void Fact_64_the_akka_reference_configuration_loads()
    {
        var akka = HoconOracle.Load("test04.conf");

        akka.GetString("akka.version").Should().Be("2.0-SNAPSHOT");
        akka.GetInt("akka.event-handler-dispatcher.max-pool-size").Should().Be(8);
    }

    [Fact]
    public void Fact_65_quoted_keys_with_slashes_and_booleans_in_the_akka_configuration()
    {
        var akka = HoconOracle.Load("test04.conf");

        akka.GetString("akka.actor.deployment.\"/app/service-ping\".router").Should().Be("round-robin");
        akka.GetBoolean("akka.stm.quick-release").Should().BeTrue();
    }

    [Fact]
    public void Fact_66_play_style_keys()
    {
        var play = HoconOracle.Load("test05.conf");

        play.GetString("\"%prod\".application.mode").Should().Be("prod");
        play.GetString("blog.title").Should().Be("Yet another blog");
    }

    [Fact]
    public void Fact_67_an_undefined_optional_prefix_becomes_empty() =>
        HoconOracle.Load("test05.conf").GetString("module.crud").Should().Be("/modules/crud");

    [Fact]
    public void Fact_68_delayed_merges_of_substitutions_and_objects()
    {
        var test06 = HoconOracle.Load("test06.conf");

        test06.GetInt("x").Should().Be(2);
        test06.GetInt("y.foo").Should().Be(10);
        test06.GetString("y.hello").Should().Be("world");
    }

    [Fact]
    public void Fact_69_includes_found_only_in_the_search_roots()
    {
        HoconOracle.Load("test07.conf").GetString("test-lib.description").Should().Be("This is to test classpath searches.");
        HoconOracle.Load("test08.conf").GetString("test-lib.description").Should().Be("This is to test classpath searches.");
    }

    [Fact]
    public void Fact_70_an_unresolved_configuration_reads_only_what_needs_no_resolving()
    {
        var unresolved = Config.LoadUnresolved(HoconOracle.Fixture("test09.conf"), HoconOracle.Options);

        unresolved.GetInt("a.c").Should().Be(3);
        ((Func<int>)(() => unresolved.GetInt("a.q"))).ShouldFailWith(HoconErrorKind.NotResolved);

        var resolved = unresolved.Resolve(HoconResolveOptions.WithoutEnvironment);
        resolved.GetInt("a.c").Should().Be(3);
        resolved.GetInt("b").Should().Be(5);
        resolved.GetInt("a.q").Should().Be(10);
    }

    [Fact]
    public void Fact_71_delayed_merges_re_rooted_under_two_include_points()
    {
        var test10 = HoconOracle.Load("test10.conf");

        foreach (var root in new[] { "foo", "bar.nested" })
        {
            test10.GetInt(root + ".a.c").Should().Be(3);
            test10.GetInt(root + ".b").Should().Be(5);
            test10.GetInt(root + ".a.q").Should().Be(10);
        }
    }

    [Fact]
    public void Fact_72_a_reference_with_substitutions_resolves_alone() =>
        HoconOracle.Load("test13-reference-with-substitutions.conf").GetString("a").Should().Be("b");

    [Fact]
    public void Fact_73_an_application_file_overrides_a_reference_before_resolving()
    {
        var reference = Config.LoadUnresolved(HoconOracle.Fixture("test13-reference-with-substitutions.conf"));
        var application = Config.LoadUnresolved(HoconOracle.Fixture("test13-application-override-substitutions.conf"));

        var merged = application.WithFallback(reference).Resolve(HoconResolveOptions.WithoutEnvironment);

        merged.GetString("a").Should().Be("overridden");
    }

    [Fact]
    public void Fact_74_a_reference_must_resolve_on_its_own() =>
        ((Func<Config>)(() => HoconOracle.Load("test13-reference-bad-substitutions.conf"))).ShouldFailWith(HoconErrorKind.UnresolvedSubstitution);

    [Fact]
    public void Fact_75_environment_values_override_the_file()
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["SECRET_A"] = "A", ["SECRET_B"] = "B", ["SECRET_C"] = "C" };

        var config = Config.Load(HoconOracle.Fixture("env-variables.conf"), HoconOracle.Options, HoconResolveOptions.FromEnvironment(environment));

        config.GetString("secret").Should().Be("A");
        config.GetStringList("secrets").Should().Equal("B", "C");
    }

    [Fact]
    public void Fact_76_without_environment_a_list_of_missing_optionals_is_empty_and_still_overrides()
    {
        var config = Config.Load(
            HoconOracle.Fixture("env-variables.conf"), HoconOracle.Options, HoconResolveOptions.FromEnvironment(new Dictionary<string, string>(StringComparer.Ordinal)));

        config.GetString("secret").Should().Be("a");
        config.GetStringList("secrets").Should().BeEmpty();
    }

    [Fact]
    public void Fact_77_heuristic_includes_resolve_next_to_the_including_file()
    {
        var config = HoconOracle.Load("file-include.conf");

        config.GetInt("base").Should().Be(41);
        config.GetInt("foo").Should().Be(42);
        config.GetInt("bar").Should().Be(43);
    }

    [Fact]
    public void Fact_78_file_includes_resolve_against_the_working_directory()
    {
        var config = HoconOracle.Load("file-include.conf");

        config.HasPath("bar-file").Should().BeFalse();
        config.HasPath("baz").Should().BeFalse();
    }

    [Fact]
    public void Fact_79_a_file_including_itself_is_an_include_cycle()
    {
        var error = ((Func<Config>)(() => HoconOracle.Load("cycle.conf"))).ShouldFailWith(HoconErrorKind.IncludeCycle);

        error.Message.Should().Contain("include cycle").And.Contain("cycle.conf");
        error.Line.Should().Be(1);
    }

    [Fact]
    public void Fact_80_an_include_with_substitutions_inside_a_list_is_a_limitation_error()
    {
        var error = ((Func<Config>)(() => HoconOracle.Load("include-from-list.conf"))).ShouldFailWith(HoconErrorKind.Parse);

        error.Message.Should().Contain("limitation");
        error.Line.Should().Be(4);
    }

    [Fact]
    public void Fact_81_a_leading_byte_order_mark_is_skipped() => HoconOracle.Load("bom.conf").GetString("foo").Should().Be("bar");

    [Fact]
    public void Fact_82_a_heuristic_include_falls_back_to_the_search_roots()
    {
        var folder = Directory.CreateTempSubdirectory("hocon-scratch-");
        try
        {
            var scratch = Path.Combine(folder.FullName, "scratch.conf");
            File.WriteAllText(scratch, "include \"onclasspath\"\n");

            Config.Load(scratch, HoconOracle.Options, HoconResolveOptions.WithoutEnvironment).GetInt("onclasspath").Should().Be(42);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Fact_83_kilobytes_and_kibibytes()
    {
        var bean = HoconOracle.Load("beanconfig/beanconfig01.conf");

        bean.GetBytes("bytes.kilobyte").Should().Be(1000);
        bean.GetBytes("bytes.kibibyte").Should().Be(1024);
        bean.GetBytes("bytes.thousandBytes").Should().Be(1000);
    }

    [Fact]
    public void Fact_84_lists_of_durations_and_sizes()
    {
        var bean = HoconOracle.Load("beanconfig/beanconfig01.conf");

        bean.GetDurationList("arrays.ofDuration").Should().Equal(TimeSpan.FromMilliseconds(1), TimeSpan.FromHours(2), TimeSpan.FromDays(3));
        bean.GetBytesList("arrays.ofMemorySize").Should().Equal(1024, 1048576, 1073741824);
    }

    [Fact]
    public void Fact_85_an_object_with_numeric_keys_reads_as_a_list() =>
        HoconOracle.Load("beanconfig/beanconfig01.conf").GetLongList("arrays.of-long").Should().Equal(32, 42, 52);

    [Fact]
    public void Fact_86_forced_environment_overrides_map_underscores()
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["CONFIG_FORCE_42___a"] = "1",
            ["CONFIG_FORCE_a_b_c"] = "2",
            ["CONFIG_FORCE_a__c"] = "3",
            ["CONFIG_FORCE_a___c"] = "4",
            ["CONFIG_FORCE_akka_version"] = "foo",
            ["CONFIG_FORCE_akka_event__handler__dispatcher_max__pool__size"] = "10",
        };

        var test02 = Config.LoadUnresolved(HoconOracle.Fixture("test02.conf")).WithEnvironmentOverrides(environment).Resolve(HoconResolveOptions.WithoutEnvironment);
        test02.GetInt("42_a").Should().Be(1);
        test02.GetInt("a.b.c").Should().Be(2);
        test02.GetInt("a-c").Should().Be(3);
        test02.GetInt("a_c").Should().Be(4);

        var test04 = Config.LoadUnresolved(HoconOracle.Fixture("test04.conf")).WithEnvironmentOverrides(environment).Resolve(HoconResolveOptions.WithoutEnvironment);
        test04.GetString("akka.version").Should().Be("foo");
        test04.GetInt("akka.event-handler-dispatcher.max-pool-size").Should().Be(10);
    }
}
