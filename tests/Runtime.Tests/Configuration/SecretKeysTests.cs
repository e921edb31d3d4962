using FractalTrader.Runtime.Configuration;
using FractalTrader.Runtime.Configuration.Rendering;

namespace FractalTrader.Runtime.Tests.Configuration;

public sealed class SecretKeysTests
{
    [Theory]
    [InlineData("private-key", true)]
    [InlineData("apiKey", true)]
    [InlineData("SECRET", true)]
    [InlineData("db-password", true)]
    [InlineData("access_token", true)]
    [InlineData("privateWallet", true)]
    [InlineData("ask-timeout", false)]
    [InlineData("throughput", false)]
    [InlineData("path", false)]
    public void Keys_containing_a_secret_word_in_any_case_are_secret(string key, bool secret) =>
        SecretKeys.IsSecretKey(key).Should().Be(secret);

    [Fact]
    public void Redaction_replaces_secret_values_whole_subtrees_and_strings_that_embed_them()
    {
        var config = Config.Parse(
            """
            exchange {
              wallet.private-key = "0xabc123def"
              api-keys { primary = "k-111", backup = ["k-222"] }
              url = "https://user:"${exchange.wallet.private-key}"@example.org"
              name = hyperliquid
              timeout = 5s
            }
            """);

        var redacted = JsonRenderer.Render(SecretKeys.Redact(config.Root), indented: false);

        redacted.Should().Be(
            """{"exchange":{"wallet":{"private-key":"<redacted>"},"api-keys":"<redacted>","url":"<redacted>","name":"hyperliquid","timeout":"5s"}}""");
        redacted.Should().NotContain("0xabc123def").And.NotContain("k-111").And.NotContain("k-222");
    }

    [Fact]
    public void Redaction_leaves_a_configuration_without_secrets_unchanged()
    {
        var config = Config.Parse("a { b = 1, c = [x, y] }");

        ((HoconValue)SecretKeys.Redact(config.Root)).Should().Be(config.Root);
    }
}
