using System.Buffers;
using Org.BouncyCastle.Crypto.Digests;

namespace FractalTrader.Exchange.Hyperliquid.Signing;

/// <summary>
/// The original Keccak-256 (padding byte 0x01, not SHA3's 0x06), through BouncyCastle's
/// <see cref="KeccakDigest"/>. Stateless and thread-safe (one reused digest per thread).
/// </summary>
public static class Keccak256
{
    [ThreadStatic]
    private static KeccakDigest? digest;

    /// <summary>Hashes <paramref name="data"/> to 32 bytes.</summary>
    public static byte[] Hash(ReadOnlySpan<byte> data)
    {
        // Signing hashes three times per order; a fresh digest (state and buffers) each time is
        // avoidable garbage. DoFinal leaves the digest reset; Reset guards against an interrupted use.
        var keccak = digest ??= new KeccakDigest(256);
        keccak.Reset();
        // BouncyCastle 1.8.10 takes arrays only.
        var input = ArrayPool<byte>.Shared.Rent(data.Length);
        try
        {
            data.CopyTo(input);
            keccak.BlockUpdate(input, 0, data.Length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(input);
        }

        var result = new byte[32];
        keccak.DoFinal(result, 0);
        return result;
    }

    /// <summary>Hashes the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static byte[] Hash(string text) => Hash(System.Text.Encoding.UTF8.GetBytes(text));
}
