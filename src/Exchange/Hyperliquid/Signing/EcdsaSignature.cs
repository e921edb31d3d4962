using System.Text.Json.Nodes;

namespace FractalTrader.Exchange.Hyperliquid.Signing;

/// <summary>
/// A recoverable secp256k1 signature as Hyperliquid takes it: r and s as minimal lowercase hex
/// (leading zeros dropped, as the Python SDK's <c>to_hex</c> prints them) and v = 27 or 28.
/// Immutable and thread-safe.
/// </summary>
/// <param name="R">r, <c>0x</c> + lowercase hex without leading zeros.</param>
/// <param name="S">s, low-s normalized, same form.</param>
/// <param name="V">27 + recovery id.</param>
public sealed record EcdsaSignature(string R, string S, int V)
{
    /// <summary>The <c>{"r","s","v"}</c> object of an exchange request body.</summary>
    public JsonObject ToJson() => new() { ["r"] = R, ["s"] = S, ["v"] = V };

    /// <summary>Reads <c>{"r","s","v"}</c>.</summary>
    /// <exception cref="FormatException">A field is missing or malformed; the message names it.</exception>
    public static EcdsaSignature FromJson(JsonNode? node)
    {
        if (node is not JsonObject obj)
        {
            throw new FormatException("signature must be an object {r, s, v}.");
        }

        var r = obj["r"]?.GetValue<string>() ?? throw new FormatException("signature.r is missing.");
        var s = obj["s"]?.GetValue<string>() ?? throw new FormatException("signature.s is missing.");
        var v = obj["v"]?.GetValue<int>() ?? throw new FormatException("signature.v is missing.");
        return new EcdsaSignature(r, s, v);
    }
}
