using FractalTrader.Exchange.Errors;
using FractalTrader.Exchange.Hyperliquid;
using FractalTrader.Exchange.Hyperliquid.Signing;
using FractalTrader.Exchange.Orders;
using FractalTrader.Exchange.Tests.Hyperliquid.EndToEnd;
using FractalTrader.Exchange.Tests.Logging;

namespace FractalTrader.Exchange.Tests.Hyperliquid.Signing;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SecretHandlingTests : IDisposable
{
    private const string OtherKey = "0x8f2a55949038a9610f50fb23b5883af3b4ecb3c3bb792cbcefbd1542c692be63";
    private readonly string directory = Directory.CreateTempSubdirectory("keys-").FullName;

    [Fact]
    public async Task A_different_keys_signature_is_rejected_with_hyperliquid_text_and_the_key_never_leaks()
    {
        using var logs = new CapturedLogs();
        var texts = new List<string>();
        await using (var h = await VenueHarness.StartAsync(clientKeyHex: OtherKey, logs: logs.CreateFactory()))
        {
            h.Venue.MovePrice("ETH", 3000m);
            var other = PrivateKey.Parse(OtherKey, "test");
            texts.Add(other.ToString());

            var error = await FluentActions.Awaiting(() => h.Client.PlaceOrderAsync(VenueHarness.Limit("ETH", OrderSide.Buy, 1m, 2900m, "intruder")))
                .Should().ThrowAsync<FatalExchangeException>();

            error.Which.Cause.Should().Be(FatalCause.UnknownWallet);
            error.Which.Message.Should().Contain($"L1 error: User or API Wallet {other.Address.Text} does not exist.");
            h.Fake.Traffic.UnknownSigners.Should().Be(1);
            texts.Add(error.Which.ToString());
        }

        foreach (var bad in new[] { "not-a-key", OtherKey[..40] })
        {
            Environment.SetEnvironmentVariable("FRACTAL_TEST_BAD_KEY", bad + OtherKey[2..]);
            texts.Add(Assert.Throws<KeySourceException>(() => PrivateKeySource.FromEnvironment("FRACTAL_TEST_BAD_KEY")).ToString());
        }

        var loose = Path.Combine(directory, "loose.key");
        File.WriteAllText(loose, OtherKey);
        File.SetUnixFileMode(loose, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        texts.Add(Assert.Throws<KeySourceException>(() => PrivateKeySource.FromFile(loose)).ToString());
        texts.AddRange(logs.Lines);

        var everything = string.Join('\n', texts);
        everything.Should().NotContainEquivalentOf(OtherKey[2..]).And.NotContainEquivalentOf(OtherKey[2..34]).And.NotContainEquivalentOf(VenueHarness.KeyHex[2..]);
        logs.Lines.Should().Contain(l => l.Contains("unknown signer", StringComparison.Ordinal), "the failing run was logged");
    }

    [Fact]
    public void Key_file_readable_by_group_or_others_is_refused_naming_the_file()
    {
        var path = Path.Combine(directory, "world.key");
        File.WriteAllText(path, OtherKey);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.OtherRead);

        FluentActions.Invoking(() => PrivateKeySource.FromFile(path)).Should().Throw<KeySourceException>().WithMessage($"*{path}*chmod 600*");
    }

    [Fact]
    public void Owner_only_key_file_and_environment_variable_load_the_same_key()
    {
        var path = Path.Combine(directory, "owner.key");
        File.WriteAllText(path, OtherKey + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Environment.SetEnvironmentVariable("FRACTAL_TEST_GOOD_KEY", OtherKey);

        PrivateKeySource.FromFile(path).Address.Should().Be(PrivateKeySource.FromEnvironment("FRACTAL_TEST_GOOD_KEY").Address);
    }

    [Fact]
    public void Unset_environment_variable_is_named_in_the_error() =>
        FluentActions.Invoking(() => PrivateKeySource.FromEnvironment("FRACTAL_TEST_UNSET_KEY"))
            .Should().Throw<KeySourceException>().WithMessage("*FRACTAL_TEST_UNSET_KEY*");

    [Theory]
    [InlineData(null, null, HyperliquidNetwork.Testnet)]
    [InlineData("testnet", null, HyperliquidNetwork.Testnet)]
    [InlineData("mainnet", "yes", HyperliquidNetwork.Mainnet)]
    public void Network_is_testnet_unless_mainnet_is_confirmed(string? network, string? confirmed, HyperliquidNetwork expected) =>
        NetworkSelection.Resolve(network, confirmed).Should().Be(expected);

    [Theory]
    [InlineData("mainnet", null)]
    [InlineData("mainnet", "no")]
    [InlineData("moonnet", "yes")]
    public void Mainnet_without_confirmation_or_an_unknown_network_refuses_to_start(string network, string? confirmed) =>
        FluentActions.Invoking(() => NetworkSelection.Resolve(network, confirmed))
            .Should().Throw<FatalExchangeException>().Which.Cause.Should().Be(FatalCause.Configuration);

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
