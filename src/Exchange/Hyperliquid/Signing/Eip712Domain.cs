namespace FractalTrader.Exchange.Hyperliquid.Signing;

/// <summary>An EIP-712 domain with the four fields Hyperliquid uses. Immutable and thread-safe.</summary>
/// <param name="Name">Domain name.</param>
/// <param name="Version">Domain version.</param>
/// <param name="ChainId">Chain id (1337 for L1 actions, 421614 for user-signed ones).</param>
/// <param name="VerifyingContract">Always the zero address for Hyperliquid.</param>
public sealed record Eip712Domain(string Name, string Version, ulong ChainId, WalletAddress VerifyingContract)
{
    /// <summary>The type string of the domain struct.</summary>
    public const string TypeString = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)";

    /// <summary>The domain of L1 actions (orders, cancels, …), the same on mainnet and testnet.</summary>
    public static Eip712Domain L1 { get; } = new("Exchange", "1", 1337, WalletAddress.Zero);

    /// <summary>The domain of user-signed actions (transfers, approvals), chain id 0x66eee.</summary>
    public static Eip712Domain UserSigned { get; } = new("HyperliquidSignTransaction", "1", 0x66eee, WalletAddress.Zero);

    /// <summary>hashStruct(EIP712Domain, this).</summary>
    public byte[] Separator()
    {
        var encoded = new byte[32 * 5];
        Keccak256.Hash(TypeString).CopyTo(encoded, 0);
        Keccak256.Hash(Name).CopyTo(encoded, 32);
        Keccak256.Hash(Version).CopyTo(encoded, 64);
        Eip712.EncodeUnsigned(ChainId).CopyTo(encoded, 96);
        VerifyingContract.Bytes.CopyTo(encoded.AsSpan(128 + 12));
        return Keccak256.Hash(encoded);
    }
}
