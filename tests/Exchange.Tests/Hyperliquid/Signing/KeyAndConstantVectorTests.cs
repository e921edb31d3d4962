using FractalTrader.Exchange.Hyperliquid.Signing;

namespace FractalTrader.Exchange.Tests.Hyperliquid.Signing;

public sealed class KeyAndConstantVectorTests
{
    public static TheoryData<string> AddressCases => OracleVectors.Ids("private_key_to_address");

    public static TheoryData<string> ConstantCases => OracleVectors.Ids("eip712_constants");

    [Theory]
    [MemberData(nameof(AddressCases))]
    public void Private_key_gives_the_vector_address(string id)
    {
        var v = OracleVectors.Get(id);

        var key = PrivateKey.Parse(v["private_key"]!.GetValue<string>(), "vector key");

        key.Address.Text.Should().Be(v["expected_address"]!.GetValue<string>());
        key.Address.ToChecksumString().Should().Be(v["expected_address_checksummed"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(ConstantCases))]
    public void Eip712_constants_match_the_vector(string id)
    {
        var v = OracleVectors.Get(id);

        Eip712Domain.TypeString.Should().Be(v["eip712_domain_type_string"]!.GetValue<string>());
        Hex.Format(Keccak256.Hash(Eip712Domain.TypeString)).Should().Be(v["eip712_domain_type_hash"]!.GetValue<string>());
        Eip712.TypeString("Agent", L1ActionSigning.AgentFields).Should().Be(v["agent_type_string"]!.GetValue<string>());
        Hex.Format(Keccak256.Hash(Eip712.TypeString("Agent", L1ActionSigning.AgentFields))).Should().Be(v["agent_type_hash"]!.GetValue<string>());
        Hex.Format(Eip712Domain.L1.Separator()).Should().Be(v["l1_domain_separator"]!.GetValue<string>());
        Hex.Format(Eip712Domain.UserSigned.Separator()).Should().Be(v["user_signed_domain_separator"]!.GetValue<string>());
        Eip712Domain.UserSigned.ChainId.Should().Be(v["user_signed_domain"]!["chainId"]!.GetValue<ulong>());
        Eip712Domain.L1.ChainId.Should().Be(v["l1_domain"]!["chainId"]!.GetValue<ulong>());
    }

    [Fact]
    public void Keccak_of_empty_input_is_the_original_keccak_not_sha3() =>
        Hex.Format(Keccak256.Hash([])).Should().Be("0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
}
