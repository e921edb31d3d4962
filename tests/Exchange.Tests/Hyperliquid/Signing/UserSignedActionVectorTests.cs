using System.Text.Json.Nodes;
using FractalTrader.Exchange.Hyperliquid;
using FractalTrader.Exchange.Hyperliquid.Signing;

namespace FractalTrader.Exchange.Tests.Hyperliquid.Signing;

public sealed class UserSignedActionVectorTests
{
    public static TheoryData<string> Cases => OracleVectors.Ids("user_signed_action_signature");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Type_string_hashes_and_signature_match_the_vector(string id)
    {
        var v = OracleVectors.Get(id);
        var expected = v["expected"]!;
        var network = v["is_mainnet"]!.GetValue<bool>() ? HyperliquidNetwork.Mainnet : HyperliquidNetwork.Testnet;
        var fields = v["eip712_fields"]!.AsArray()
            .Select(f => new Eip712Field(f!["name"]!.GetValue<string>(), f["type"]!.GetValue<string>()))
            .ToList();
        var primaryType = expected["eip712_primary_type"]!.GetValue<string>();
        var type = new UserSignedActionType("vector", primaryType, fields, "nonce");
        var key = PrivateKey.Parse(v["private_key"]!.GetValue<string>(), "vector key");

        var prepared = UserSignedActionSigning.Prepare(v["message_before_signing"]!.AsObject(), network);

        JsonNode.DeepEquals(prepared, v["message_as_signed"]).Should().BeTrue(prepared.ToJsonString());
        Eip712.TypeString(primaryType, fields).Should().Be(expected["eip712_type_string"]!.GetValue<string>());
        Hex.Format(Keccak256.Hash(Eip712.TypeString(primaryType, fields))).Should().Be(expected["eip712_type_hash"]!.GetValue<string>());
        Hex.Format(Eip712Domain.UserSigned.Separator()).Should().Be(expected["eip712_domain_separator"]!.GetValue<string>());
        Hex.Format(Eip712.HashStruct(primaryType, fields, prepared)).Should().Be(expected["eip712_struct_hash"]!.GetValue<string>());
        Hex.Format(UserSignedActionSigning.Digest(type, prepared)).Should().Be(expected["eip712_digest"]!.GetValue<string>());
        var signature = UserSignedActionSigning.Sign(key, type, prepared);
        signature.Should().Be(new EcdsaSignature(
            expected["signature"]!["r"]!.GetValue<string>(), expected["signature"]!["s"]!.GetValue<string>(), expected["signature"]!["v"]!.GetValue<int>()));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Registered_type_and_request_body_match_the_vector(string id)
    {
        var v = OracleVectors.Get(id);
        var message = v["message_before_signing"]!.AsObject();
        if (message["type"] is null)
        {
            // The SDK's own usdSend tests sign a message without a type; the vector has no body.
            v["exchange_request_body"].Should().BeNull();
            UserSignedActionType.Get("usdSend").Fields.Select(f => f.Name)
                .Should().Equal(v["eip712_fields"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()));
            return;
        }

        var type = UserSignedActionType.Get(message["type"]!.GetValue<string>());
        type.PrimaryType.Should().Be(v["expected"]!["eip712_primary_type"]!.GetValue<string>());
        type.Fields.Select(f => $"{f.Type} {f.Name}")
            .Should().Equal(v["eip712_fields"]!.AsArray().Select(f => $"{f!["type"]!.GetValue<string>()} {f["name"]!.GetValue<string>()}"));
        var key = PrivateKey.Parse(v["private_key"]!.GetValue<string>(), "vector key");
        var network = v["is_mainnet"]!.GetValue<bool>() ? HyperliquidNetwork.Mainnet : HyperliquidNetwork.Testnet;

        var body = ExchangeRequestBody.SignUser(key, type, message, network);

        JsonNode.DeepEquals(body, v["exchange_request_body"]).Should().BeTrue(body.ToJsonString());
    }
}
