using System.CommandLine;
using System.Text.Json;
using FractalTrader.Cli.Config;
using FractalTrader.Testing;

namespace FractalTrader.Cli.Tests.Config;

public sealed class ConfigShowTests : IDisposable
{
    private const string PrivateKey = "0x4c0883a69102937d6231471b5dbb6204fe512961708279f1d7b1b3c6e0b8e1a2";
    private const string DbPassword = "correct-horse-battery";
    private const string ApiToken = "tok_live_9f8e7d6c";

    private static readonly string ReferenceFile = RepositoryLayout.InRepository("hocon", "fractal.conf");

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("fractal-cli-config-");

    public void Dispose() => folder.Delete(recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    // Runs `fractal config ...` in-process with an injected environment instead of the process's.
    private static async Task<CliRun> RunWithEnvironmentAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = new RootCommand("test root") { ConfigCommand.Create(environment) };
        var exitCode = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Shows_the_reference_configuration_as_hocon()
    {
        var run = await FractalCli.RunAsync("config", "show", "--file", ReferenceFile);

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().BeEmpty();
        run.Output.Should().StartWith("# Effective configuration from ");
        run.Output.Should().Contain("throughput = 30").And.Contain("ask-timeout = \"5s\"").And.Contain("path = \"data/state/journal.db\"");
    }

    [Fact]
    public async Task The_hocon_rendering_parses_back_to_the_resolved_tree()
    {
        var run = await FractalCli.RunAsync("config", "show", "--file", ReferenceFile);

        var reparsed = Runtime.Configuration.Config.Parse(run.Output);
        var original = Runtime.Configuration.Config.Load(ReferenceFile, resolveOptions: Runtime.Configuration.HoconResolveOptions.WithoutEnvironment);

        // The reference holds a secret-looking key (fractal.node.venue.private-key), shown redacted.
        ((Runtime.Configuration.HoconValue)reparsed.Root).Should().Be(Runtime.Configuration.SecretKeys.Redact(original.Root));
    }

    [Fact]
    public async Task Json_prints_exactly_the_resolved_tree_with_numbers_as_numbers()
    {
        var run = await FractalCli.RunAsync("config", "show", "--file", ReferenceFile, "--json");

        run.ExitCode.Should().Be(0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var actor = json.RootElement.GetProperty("fractal").GetProperty("actor");
        actor.GetProperty("dispatcher").GetProperty("throughput").ValueKind.Should().Be(JsonValueKind.Number);
        actor.GetProperty("dispatcher").GetProperty("throughput").GetInt32().Should().Be(30);
        actor.GetProperty("ask-timeout").GetString().Should().Be("5s");
        json.RootElement.GetProperty("fractal").GetProperty("logging").GetProperty("console").GetProperty("enabled").ValueKind.Should().Be(JsonValueKind.True);
        run.Output.TrimEnd().Should().Be(Runtime.Configuration.Rendering.JsonRenderer.Render(Runtime.Configuration.SecretKeys.Redact(
            Runtime.Configuration.Config.Load(ReferenceFile, resolveOptions: Runtime.Configuration.HoconResolveOptions.WithoutEnvironment).Root)));
    }

    [Fact]
    public async Task Environment_overrides_show_in_the_effective_configuration()
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["FRACTAL_NODE_NAME"] = "node-7",
            ["FRACTAL_JOURNAL_PATH"] = "/var/lib/fractal/node-7.db",
        };

        var run = await RunWithEnvironmentAsync(environment, "config", "show", "--file", ReferenceFile, "--json");

        run.ExitCode.Should().Be(0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var fractal = json.RootElement.GetProperty("fractal");
        fractal.GetProperty("node").GetProperty("name").GetString().Should().Be("node-7");
        fractal.GetProperty("persistence").GetProperty("journal").GetProperty("sqlite").GetProperty("path").GetString()
            .Should().Be("/var/lib/fractal/node-7.db");
    }

    [Fact]
    public async Task A_secret_in_a_config_file_never_appears_in_either_rendering()
    {
        var file = Write("secrets.conf", $$"""
            exchange {
              wallet.private-key = "{{PrivateKey}}"
              api-token = {{ApiToken}}
              name = hyperliquid
            }
            db {
              password = "{{DbPassword}}"
              url = "postgres://fractal:"${db.password}"@db:5432/fractal"
            }
            SigningKeys = ["{{PrivateKey}}", "second"]
            """);

        var hocon = await FractalCli.RunAsync("config", "show", "--file", file);
        var json = await FractalCli.RunAsync("config", "show", "--file", file, "--json");

        foreach (var run in new[] { hocon, json })
        {
            run.ExitCode.Should().Be(0, run.Error);
            (run.Output + run.Error).Should().NotContain(PrivateKey).And.NotContain(DbPassword).And.NotContain(ApiToken);
            run.Output.Should().Contain("<redacted>").And.Contain("hyperliquid");
        }

        using var document = JsonDocument.Parse(json.Output);
        document.RootElement.GetProperty("db").GetProperty("url").GetString().Should().Be("<redacted>");
        document.RootElement.GetProperty("SigningKeys").GetString().Should().Be("<redacted>");
    }

    [Fact]
    public async Task A_missing_file_fails_with_one_line_naming_it()
    {
        var missing = Path.Combine(folder.FullName, "nope.conf");

        var run = await FractalCli.RunAsync("config", "show", "--file", missing);

        run.ExitCode.Should().Be(1);
        run.Output.Should().BeEmpty();
        run.Error.TrimEnd().Should().NotContain("\n").And.Contain(missing).And.Contain("does not exist");
    }

    [Fact]
    public async Task A_broken_file_fails_naming_file_line_and_column()
    {
        var file = Write("broken.conf", "fractal {\n  actor {\n    ask-timeout = ${fractal.nowhere}\n  }\n}\n");

        var run = await FractalCli.RunAsync("config", "show", "--file", file, "--json");

        run.ExitCode.Should().Be(1);
        run.Output.Should().BeEmpty();
        run.Error.TrimEnd().Should().Be($"fractal config show: {file}:3:19: fractal.actor.ask-timeout: could not resolve substitution ${{fractal.nowhere}} to a value: 'fractal.nowhere' is not set in the configuration nor in the environment");
    }

    [Fact]
    public async Task Help_names_the_default_file()
    {
        var run = await FractalCli.RunAsync("config", "show", "--help");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("--file").And.Contain(ConfigCommand.DefaultFile).And.Contain("--json");
    }
}
