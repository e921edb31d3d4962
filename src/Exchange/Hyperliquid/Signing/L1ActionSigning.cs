using System.Buffers;
using System.Buffers.Binary;
using System.Text.Json.Nodes;

namespace FractalTrader.Exchange.Hyperliquid.Signing;

/// <summary>
/// Signing scheme A (spec §2): the action's msgpack, nonce, vault marker and optional expiry are
/// hashed to a connection id, wrapped in the phantom <c>Agent</c> struct and signed with EIP-712
/// domain <see cref="Eip712Domain.L1"/>. Stateless and thread-safe.
/// </summary>
public static class L1ActionSigning
{
    /// <summary>The <c>Agent</c> struct's type.</summary>
    public static IReadOnlyList<Eip712Field> AgentFields { get; } =
        [new("source", "string"), new("connectionId", "bytes32")];

    private static readonly byte[] DomainSeparator = Eip712Domain.L1.Separator();
    private static readonly byte[] AgentTypeHash = Keccak256.Hash(Eip712.TypeString("Agent", AgentFields));
    private static readonly byte[] MainnetSourceHash = Keccak256.Hash("a");
    private static readonly byte[] TestnetSourceHash = Keccak256.Hash("b");

    /// <summary>The bytes hashed into the connection id (spec §2.1).</summary>
    public static byte[] ActionHashPreimage(JsonNode action, ulong nonce, WalletAddress? vault, ulong? expiresAfter)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        MsgPackEncoder.Write(buffer, action);
        BinaryPrimitives.WriteUInt64BigEndian(buffer.GetSpan(8), nonce);
        buffer.Advance(8);
        if (vault is null)
        {
            buffer.GetSpan(1)[0] = 0x00;
            buffer.Advance(1);
        }
        else
        {
            buffer.GetSpan(1)[0] = 0x01;
            buffer.Advance(1);
            buffer.Write(vault.Bytes);
        }

        if (expiresAfter is { } expiry)
        {
            var span = buffer.GetSpan(9);
            span[0] = 0x00;
            BinaryPrimitives.WriteUInt64BigEndian(span[1..], expiry);
            buffer.Advance(9);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The connection id: keccak256 of <see cref="ActionHashPreimage"/>.</summary>
    public static byte[] ConnectionId(JsonNode action, ulong nonce, WalletAddress? vault, ulong? expiresAfter) =>
        Keccak256.Hash(ActionHashPreimage(action, nonce, vault, expiresAfter));

    /// <summary>hashStruct(Agent{source, connectionId}).</summary>
    public static byte[] AgentStructHash(HyperliquidNetwork network, ReadOnlySpan<byte> connectionId)
    {
        var encoded = new byte[96];
        AgentTypeHash.CopyTo(encoded, 0);
        (network == HyperliquidNetwork.Mainnet ? MainnetSourceHash : TestnetSourceHash).CopyTo(encoded, 32);
        connectionId.CopyTo(encoded.AsSpan(64));
        return Keccak256.Hash(encoded);
    }

    /// <summary>The EIP-712 digest that gets signed.</summary>
    public static byte[] Digest(JsonNode action, ulong nonce, WalletAddress? vault, ulong? expiresAfter, HyperliquidNetwork network) =>
        Eip712.Digest(DomainSeparator, AgentStructHash(network, ConnectionId(action, nonce, vault, expiresAfter)));

    /// <summary>Signs an L1 action.</summary>
    public static EcdsaSignature Sign(PrivateKey key, JsonNode action, ulong nonce, WalletAddress? vault, ulong? expiresAfter, HyperliquidNetwork network)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Sign(Digest(action, nonce, vault, expiresAfter, network));
    }

    /// <summary>The address that signed an L1 action, as the venue recovers it (null if the signature is malformed).</summary>
    public static WalletAddress? RecoverSigner(JsonNode action, ulong nonce, WalletAddress? vault, ulong? expiresAfter, HyperliquidNetwork network, EcdsaSignature signature) =>
        Secp256k1.Recover(Digest(action, nonce, vault, expiresAfter, network), signature);
}
