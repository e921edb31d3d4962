using System.Text.Json.Nodes;
using FractalTrader.Exchange.Hyperliquid;
using FractalTrader.Exchange.Hyperliquid.Signing;

namespace FractalTrader.Exchange.Tests.Hyperliquid.Signing;

public sealed class L1ActionSigningVectorTests
{
    public static TheoryData<string> Cases => OracleVectors.Ids("l1_action_signature", "phantom_agent_connection_id");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Msgpack_and_connection_id_match_the_vector(string id)
    {
        var (v, action, nonce, vault, expires, _) = Read(id);
        var expected = v["expected"]!;

        Convert.ToHexStringLower(MsgPackEncoder.Encode(action)).Should().Be(expected["msgpack_hex"]!.GetValue<string>());
        Convert.ToHexStringLower(L1ActionSigning.ActionHashPreimage(action, nonce, vault, expires))
            .Should().Be(expected["action_hash_preimage_hex"]!.GetValue<string>());
        Hex.Format(L1ActionSigning.ConnectionId(action, nonce, vault, expires)).Should().Be(expected["connection_id"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Eip712_hashes_match_the_vector(string id)
    {
        var (v, action, nonce, vault, expires, network) = Read(id);
        var expected = v["expected"]!;

        var connectionId = L1ActionSigning.ConnectionId(action, nonce, vault, expires);
        Hex.Format(Eip712Domain.L1.Separator()).Should().Be(expected["eip712_domain_separator"]!.GetValue<string>());
        Hex.Format(L1ActionSigning.AgentStructHash(network, connectionId)).Should().Be(expected["agent_struct_hash"]!.GetValue<string>());
        Hex.Format(L1ActionSigning.Digest(action, nonce, vault, expires, network)).Should().Be(expected["eip712_digest"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Signature_matches_the_sdk_byte_for_byte(string id)
    {
        var (v, action, nonce, vault, expires, network) = Read(id);
        var key = PrivateKey.Parse(v["private_key"]!.GetValue<string>(), "vector key");

        var signature = L1ActionSigning.Sign(key, action, nonce, vault, expires, network);

        var expected = v["expected"]!["signature"]!;
        signature.R.Should().Be(expected["r"]!.GetValue<string>());
        signature.S.Should().Be(expected["s"]!.GetValue<string>());
        signature.V.Should().Be(expected["v"]!.GetValue<int>());
        key.Address.Text.Should().Be(v["signer_address"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Request_body_equals_the_vector_and_recovers_the_signer(string id)
    {
        var (v, action, nonce, vault, expires, network) = Read(id);
        var key = PrivateKey.Parse(v["private_key"]!.GetValue<string>(), "vector key");

        var body = ExchangeRequestBody.SignL1(key, action, nonce, vault, expires, network);

        JsonNode.DeepEquals(body, v["exchange_request_body"]).Should().BeTrue(body.ToJsonString());
        L1ActionSigning.RecoverSigner(action, nonce, vault, expires, network, EcdsaSignature.FromJson(body["signature"]))
            .Should().Be(key.Address);
    }

    private static (JsonObject Vector, JsonNode Action, ulong Nonce, WalletAddress? Vault, ulong? Expires, HyperliquidNetwork Network) Read(string id)
    {
        var v = OracleVectors.Get(id);
        var vault = v["vault_address"] is JsonNode vaultNode ? WalletAddress.Parse(vaultNode.GetValue<string>()) : null;
        var expires = v["expires_after"] is JsonNode e ? e.GetValue<ulong>() : (ulong?)null;
        var network = v["is_mainnet"]!.GetValue<bool>() ? HyperliquidNetwork.Mainnet : HyperliquidNetwork.Testnet;
        return (v, v["action"]!, v["nonce"]!.GetValue<ulong>(), vault, expires, network);
    }
}
