using System.Text.Json.Nodes;

namespace FractalTrader.Exchange.Hyperliquid.Signing;

/// <summary>Assembles and reads the <c>POST /exchange</c> body (spec §2.8). Stateless.</summary>
public static class ExchangeRequestBody
{
    /// <summary>
    /// <c>{"action","nonce","signature","vaultAddress","expiresAfter"}</c>, the last two always
    /// present and <c>null</c> when unset, as the SDK sends them.
    /// </summary>
    public static JsonObject Build(JsonNode action, ulong nonce, EcdsaSignature signature, WalletAddress? vault, ulong? expiresAfter)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(signature);
        return new JsonObject
        {
            ["action"] = action.DeepClone(),
            ["nonce"] = nonce,
            ["signature"] = signature.ToJson(),
            ["vaultAddress"] = vault?.Text,
            ["expiresAfter"] = expiresAfter,
        };
    }

    /// <summary>Signs an L1 action and builds its body.</summary>
    public static JsonObject SignL1(PrivateKey key, JsonNode action, ulong nonce, WalletAddress? vault, ulong? expiresAfter, HyperliquidNetwork network) =>
        Build(action, nonce, L1ActionSigning.Sign(key, action, nonce, vault, expiresAfter, network), vault, expiresAfter);

    /// <summary>Signs a user-signed action (adding the chain keys) and builds its body; the nonce is the action's own.</summary>
    /// <exception cref="FormatException">The action lacks its nonce field (<c>time</c> or <c>nonce</c>).</exception>
    public static JsonObject SignUser(PrivateKey key, UserSignedActionType type, JsonObject action, HyperliquidNetwork network)
    {
        ArgumentNullException.ThrowIfNull(type);
        var prepared = UserSignedActionSigning.Prepare(action, network);
        var signature = UserSignedActionSigning.Sign(key, type, prepared);
        var nonceNode = prepared[type.NonceField] ?? throw new FormatException($"A {type.ActionType} action needs '{type.NonceField}'.");
        var nonce = nonceNode.GetValue<ulong>();
        if (string.Equals(type.ActionType, "approveAgent", StringComparison.Ordinal) && prepared["agentName"]?.GetValue<string>() is "")
        {
            // The SDK signs an unnamed agent with agentName "" and then drops the key from the body.
            prepared.Remove("agentName");
        }

        return Build(prepared, nonce, signature, vault: null, expiresAfter: null);
    }
}
