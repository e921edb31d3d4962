using System.Text.Json.Nodes;
using FractalTrader.Testing;

namespace FractalTrader.Cli.Tests.Hyperliquid;

public sealed class HyperliquidCommandTests : IDisposable
{
    private const string KeyVariable = "FRACTAL_CLI_TEST_KEY";
    private static readonly Lazy<JsonArray> Vectors = new(() =>
        JsonNode.Parse(File.ReadAllText(RepositoryLayout.Oracle("hyperliquid", "vectors.json")))!.AsArray());

    private readonly string directory = Directory.CreateTempSubdirectory("cli-sign-").FullName;

    public HyperliquidCommandTests()
    {
        Environment.SetEnvironmentVariable(KeyVariable, "0x0123456789012345678901234567890123456789012345678901234567890123");
    }

    public static TheoryData<string> L1Vectors => Ids("l1_action_signature");

    public static TheoryData<string> UserVectors => Ids("user_signed_action_signature");

    [Theory]
    [MemberData(nameof(L1Vectors))]
    public async Task Sign_prints_the_vectors_exact_request_body(string id)
    {
        var v = Vector(id);
        var action = Path.Combine(directory, "action.json");
        await File.WriteAllTextAsync(action, v["action"]!.ToJsonString());
        var args = new List<string> { "hyperliquid", "sign", "--key-env", KeyVariable, "--action", action, "--nonce", v["nonce"]!.ToJsonString() };
        args.Add(v["is_mainnet"]!.GetValue<bool>() ? "--mainnet" : "--testnet");
        if (v["vault_address"] is JsonNode vault)
        {
            args.AddRange(["--vault", vault.GetValue<string>()]);
        }

        if (v["expires_after"] is JsonNode expires)
        {
            args.AddRange(["--expires-after", expires.ToJsonString()]);
        }

        var run = await FractalCli.RunAsync([.. args]);

        run.ExitCode.Should().Be(0, run.Error);
        JsonNode.DeepEquals(JsonNode.Parse(run.Output), v["exchange_request_body"]).Should().BeTrue(run.Output);
    }

    [Theory]
    [MemberData(nameof(UserVectors))]
    public async Task Sign_user_prints_the_vectors_signature(string id)
    {
        var v = Vector(id);
        var message = Path.Combine(directory, "message.json");
        await File.WriteAllTextAsync(message, v["message_before_signing"]!.ToJsonString());
        var type = v["message_before_signing"]!["type"]?.GetValue<string>() ?? "usdSend";

        var run = await FractalCli.RunAsync("hyperliquid", "sign-user", "--key-env", KeyVariable, "--type", type, "--message", message,
            v["is_mainnet"]!.GetValue<bool>() ? "--mainnet" : "--testnet");

        run.ExitCode.Should().Be(0, run.Error);
        var body = JsonNode.Parse(run.Output)!;
        JsonNode.DeepEquals(body["signature"], v["expected"]!["signature"]).Should().BeTrue(run.Output);
        if (v["exchange_request_body"] is JsonNode expected)
        {
            JsonNode.DeepEquals(body, expected).Should().BeTrue(run.Output);
        }
    }

    [Fact]
    public async Task Address_prints_lowercase_and_checksummed_forms()
    {
        var run = await FractalCli.RunAsync("hyperliquid", "address", "--key-env", KeyVariable);

        run.ExitCode.Should().Be(0);
        run.Output.Trim().Should().Be("0x14791697260e4c9a71f18484c9f997b308e59325 0x14791697260E4c9A71f18484C9f997B308e59325");
    }

    [Fact]
    public async Task Missing_key_variable_fails_with_one_line_naming_it()
    {
        var run = await FractalCli.RunAsync("hyperliquid", "address", "--key-env", "FRACTAL_CLI_TEST_NO_SUCH_KEY");

        run.ExitCode.Should().Be(1);
        run.Error.Trim().Should().Contain("FRACTAL_CLI_TEST_NO_SUCH_KEY").And.NotContain("\n");
    }

    [Fact]
    public async Task Sign_needs_exactly_one_network()
    {
        var action = Path.Combine(directory, "noop.json");
        await File.WriteAllTextAsync(action, """{"type":"noop"}""");

        var neither = await FractalCli.RunAsync("hyperliquid", "sign", "--key-env", KeyVariable, "--action", action, "--nonce", "1");
        var both = await FractalCli.RunAsync("hyperliquid", "sign", "--key-env", KeyVariable, "--action", action, "--nonce", "1", "--testnet", "--mainnet");

        neither.ExitCode.Should().Be(2);
        both.ExitCode.Should().Be(2);
        neither.Error.Should().Contain("--testnet or --mainnet");
    }

    [Fact]
    public async Task Neither_or_both_key_sources_is_a_usage_error()
    {
        var neither = await FractalCli.RunAsync("hyperliquid", "address");
        var both = await FractalCli.RunAsync("hyperliquid", "address", "--key-env", KeyVariable, "--key-file", Path.Combine(directory, "key"));

        neither.ExitCode.Should().Be(2);
        both.ExitCode.Should().Be(2);
        both.Error.Should().Contain("exactly one of --key-env VAR or --key-file PATH");
    }

    [Fact]
    public async Task Malformed_action_file_is_named_in_the_error()
    {
        var action = Path.Combine(directory, "broken.json");
        await File.WriteAllTextAsync(action, "{ not json");

        var run = await FractalCli.RunAsync("hyperliquid", "sign", "--key-env", KeyVariable, "--action", action, "--nonce", "1", "--testnet");

        run.ExitCode.Should().Be(1);
        run.Error.Should().StartWith("error:");
        run.Output.Should().BeEmpty();
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static JsonObject Vector(string id) => Vectors.Value.Select(v => v!.AsObject()).Single(v => string.Equals(v["id"]!.GetValue<string>(), id, StringComparison.Ordinal));

    private static TheoryData<string> Ids(string kind)
    {
        var data = new TheoryData<string>();
        foreach (var v in Vectors.Value)
        {
            if (string.Equals(v!["kind"]!.GetValue<string>(), kind, StringComparison.Ordinal))
            {
                data.Add(v["id"]!.GetValue<string>());
            }
        }

        return data;
    }
}
