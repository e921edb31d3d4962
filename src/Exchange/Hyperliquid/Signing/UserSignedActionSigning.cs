using System.Text.Json.Nodes;

namespace FractalTrader.Exchange.Hyperliquid.Signing;

/// <summary>
/// Signing scheme B (spec §3): the action gets <c>signatureChainId</c> and
/// <c>hyperliquidChain</c> appended and is signed as EIP-712 typed data in domain
/// <see cref="Eip712Domain.UserSigned"/>; no msgpack. Stateless and thread-safe.
/// </summary>
public static class UserSignedActionSigning
{
    /// <summary>The <c>signatureChainId</c> the SDK uses on both networks.</summary>
    public const string SignatureChainId = "0x66eee";

    private static readonly byte[] DomainSeparator = Eip712Domain.UserSigned.Separator();

    /// <summary>A copy of <paramref name="action"/> with the two chain keys appended, as it is signed and sent.</summary>
    public static JsonObject Prepare(JsonObject action, HyperliquidNetwork network)
    {
        ArgumentNullException.ThrowIfNull(action);
        var prepared = (JsonObject)action.DeepClone();
        prepared.Remove("signatureChainId");
        prepared.Remove("hyperliquidChain");
        prepared["signatureChainId"] = SignatureChainId;
        prepared["hyperliquidChain"] = network == HyperliquidNetwork.Mainnet ? "Mainnet" : "Testnet";
        return prepared;
    }

    /// <summary>The digest of a prepared action.</summary>
    public static byte[] Digest(UserSignedActionType type, JsonObject prepared)
    {
        ArgumentNullException.ThrowIfNull(type);
        return Eip712.Digest(DomainSeparator, Eip712.HashStruct(type.PrimaryType, type.Fields, prepared));
    }

    /// <summary>Signs a prepared action.</summary>
    public static EcdsaSignature Sign(PrivateKey key, UserSignedActionType type, JsonObject prepared)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Sign(Digest(type, prepared));
    }
}
