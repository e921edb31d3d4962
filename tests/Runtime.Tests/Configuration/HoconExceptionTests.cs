using FractalTrader.Runtime.Configuration;

namespace FractalTrader.Runtime.Tests.Configuration;

/// <summary>Every kind of configuration error names file, line, column and, where there is one, the path.</summary>
public sealed class HoconExceptionTests : IDisposable
{
    private readonly ConfigFiles files = new();

    public void Dispose() => files.Dispose();

    private HoconException LoadFails(string text, string name = "node.conf")
    {
        var path = files.Write(name, text);
        var act = () => Config.Load(path, resolveOptions: HoconResolveOptions.WithoutEnvironment);
        return act.Should().Throw<HoconException>().Which;
    }

    [Fact]
    public void A_syntax_error_names_file_line_column_and_the_key_being_read()
    {
        var error = LoadFails("fractal {\n  actor {\n    mailbox = [1, 2\n  }\n}\n");

        error.Kind.Should().Be(HoconErrorKind.Parse);
        error.File.Should().EndWith("node.conf");
        (error.Line, error.Column).Should().Be((4, 3));
        error.Path.Should().Be("fractal.actor.mailbox");
        error.Message.Should().StartWith(error.File + ":4:3: fractal.actor.mailbox: expected ']'");
    }

    [Fact]
    public void A_tokenizer_error_names_the_key_too()
    {
        var error = LoadFails("fractal.actor.throughput = 10 +\n");

        error.Kind.Should().Be(HoconErrorKind.Parse);
        (error.Line, error.Column).Should().Be((1, 31));
        error.Path.Should().Be("fractal.actor.throughput");
    }

    [Fact]
    public void An_unterminated_string_points_at_where_it_starts()
    {
        var error = LoadFails("a = 1\nb = \"never closed\n");

        (error.Line, error.Column).Should().Be((2, 5));
        error.Path.Should().Be("b");
    }

    [Fact]
    public void An_unresolved_substitution_names_where_it_is_written_and_what_it_looked_for()
    {
        var error = LoadFails("fractal {\n  persistence.journal = ${fractal.nope}\n}\n");

        error.Kind.Should().Be(HoconErrorKind.UnresolvedSubstitution);
        (error.Line, error.Column).Should().Be((2, 25));
        error.Path.Should().Be("fractal.persistence.journal");
        error.Message.Should().Contain("${fractal.nope}");
    }

    [Fact]
    public void A_substitution_cycle_names_the_loop()
    {
        var error = LoadFails("a = ${b}\nb = ${c}\nc = ${a}\n");

        error.Kind.Should().Be(HoconErrorKind.SubstitutionCycle);
        error.Line.Should().BeInRange(1, 3);
        error.Column.Should().Be(5);
        error.Path.Should().NotBeNull();
        error.Message.Should().Contain("a -> b -> c -> a");
    }

    [Fact]
    public void An_include_cycle_names_the_include_statement_and_the_chain()
    {
        files.Write("first.conf", "x = 1\ninclude \"second.conf\"\n");
        files.Write("second.conf", "y = 2\n\n  include \"first.conf\"\n");

        var error = LoadFails(File.ReadAllText(Path.Combine(files.Folder, "first.conf")), "first.conf");

        error.Kind.Should().Be(HoconErrorKind.IncludeCycle);
        error.File.Should().EndWith("second.conf");
        (error.Line, error.Column).Should().Be((3, 3));
        error.Message.Should().Contain("first.conf -> ").And.Contain("second.conf -> ");
    }

    [Fact]
    public void A_duration_that_is_not_one_names_the_key_and_what_was_found()
    {
        var config = Config.Load(files.Write("node.conf", "fractal.actor {\n  ask-timeout = banana\n}\n"));

        var act = () => config.GetDuration("fractal.actor.ask-timeout");

        var error = act.Should().Throw<HoconException>().Which;
        error.Kind.Should().Be(HoconErrorKind.BadValue);
        (error.Line, error.Column).Should().Be((2, 17));
        error.Path.Should().Be("fractal.actor.ask-timeout");
        error.Message.Should().EndWith("fractal.actor.ask-timeout: no number in the duration 'banana' (expected a number and a unit, such as 5s or 250 ms)");
    }

    [Fact]
    public void A_type_mismatch_names_the_key_the_expected_type_and_the_value()
    {
        var config = Config.Load(files.Write("node.conf", "fractal.actor.dispatcher.throughput = \"thirty\"\n"));

        var act = () => config.GetInt("fractal.actor.dispatcher.throughput");

        var error = act.Should().Throw<HoconException>().Which;
        error.Kind.Should().Be(HoconErrorKind.WrongType);
        error.Message.Should().EndWith(":1:39: fractal.actor.dispatcher.throughput: expected a number, found the string 'thirty'");
    }

    [Fact]
    public void A_missing_key_names_the_key_and_the_file()
    {
        var config = Config.Load(files.Write("node.conf", "fractal.actor {}\n"));

        var act = () => config.GetInt("fractal.actor.dispatcher.throughput");

        var error = act.Should().Throw<HoconException>().Which;
        error.Kind.Should().Be(HoconErrorKind.Missing);
        error.File.Should().EndWith("node.conf");
        error.Path.Should().Be("fractal.actor.dispatcher.throughput");
    }

    [Fact]
    public void A_missing_file_is_an_io_error_naming_it()
    {
        var act = () => Config.Load(Path.Combine(files.Folder, "nowhere.conf"));

        var error = act.Should().Throw<HoconException>().Which;
        error.Kind.Should().Be(HoconErrorKind.Io);
        error.File.Should().EndWith("nowhere.conf");
    }

    [Fact]
    public void Secret_values_never_reach_error_messages()
    {
        const string Secret = "0xdeadbeefcafe";
        var config = Config.Load(files.Write("node.conf", $"exchange {{\n  private-key = \"{Secret}\"\n  api.token = {Secret}\n}}\n"));

        var messages = new List<string>
        {
            Catch(() => config.GetInt("exchange.private-key")),
            Catch(() => config.GetDuration("exchange.private-key")),
            Catch(() => config.GetBytes("exchange.api.token")),
            Catch(() => config.GetBoolean("exchange.api.token")),
            LoadFails($"{{ \"password\" : {Secret} }}", "bad.json").Message,
            config.ToString(),
            config.Root.ToString(),
        };

        messages.Should().AllSatisfy(m => m.Should().NotContain(Secret));
    }

    private static string Catch(Action act) => act.Should().Throw<HoconException>().Which.Message;
}
