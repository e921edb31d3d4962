using Org.BouncyCastle.Crypto.Digests;

namespace FractalTrader.Exchange.Hyperliquid.Signing;

/// <summary>
/// The original Keccak-256 (padding byte 0x01, not SHA3's 0x06), through BouncyCastle's
/// <see cref="KeccakDigest"/>. Stateless and thread-safe.
/// </summary>
public static class Keccak256
{
    /// <summary>Hashes <paramref name="data"/> to 32 bytes.</summary>
    public static byte[] Hash(ReadOnlySpan<byte> data)
    {
        var digest = new KeccakDigest(256);
        digest.BlockUpdate(data.ToArray(), 0, data.Length);
        var result = new byte[32];
        digest.DoFinal(result, 0);
        return result;
    }

    /// <summary>Hashes the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static byte[] Hash(string text) => Hash(System.Text.Encoding.UTF8.GetBytes(text));
}
