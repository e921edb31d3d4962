// Written by hand: BouncyCastle's HMacDsaKCalculator computes exactly this, but over its managed
// SHA-256, and took about a fifth of a signature; .NET's HMACSHA256 is native. Signatures are
// byte-identical to BouncyCastle's (tests compare them on random keys and digests).
using System.Security.Cryptography;
using Org.BouncyCastle.Math;

namespace FractalTrader.Exchange.Hyperliquid.Signing;

/// <summary>
/// RFC 6979 §3.2 deterministic nonces for secp256k1 with HMAC-SHA256, where the order and the
/// hash are both 256 bits long. Holds key-derived state, wiped on <see cref="Dispose"/>.
/// Not thread-safe: one instance per signature.
/// </summary>
internal sealed class Rfc6979Nonce : IDisposable
{
    private const int Size = 32;
    private readonly BigInteger order;
    private readonly byte[] key = new byte[Size];
    private readonly byte[] value = new byte[Size];

    /// <summary>Seeds the generator with private scalar <paramref name="d"/> and a 32-byte digest.</summary>
    public Rfc6979Nonce(BigInteger order, BigInteger d, ReadOnlySpan<byte> digest)
    {
        this.order = order;
        // V ‖ marker ‖ int2octets(d) ‖ bits2octets(digest): the digest as an integer mod n, 32 bytes.
        Span<byte> seed = stackalloc byte[Size + 1 + Size + Size];
        var message = new BigInteger(1, digest.ToArray());
        if (message.CompareTo(order) >= 0)
        {
            message = message.Subtract(order);
        }

        WriteUnsigned(d, seed.Slice(Size + 1, Size));
        WriteUnsigned(message, seed.Slice(Size + 1 + Size, Size));
        value.AsSpan().Fill(0x01);
        for (var marker = 0; marker <= 1; marker++)
        {
            value.CopyTo(seed);
            seed[Size] = (byte)marker;
            Rekey(seed);
        }

        CryptographicOperations.ZeroMemory(seed);
    }

    /// <summary>The next candidate k in [1, n − 1] (the first one unless the signer rejects it).</summary>
    public BigInteger Next()
    {
        // As BouncyCastle does: a later call continues from V without re-keying first.
        Span<byte> retry = stackalloc byte[Size + 1];
        while (true)
        {
            Step();
            var k = new BigInteger(1, value);
            if (k.SignValue > 0 && k.CompareTo(order) < 0)
            {
                return k;
            }

            value.CopyTo(retry);
            retry[Size] = 0x00;
            Rekey(retry);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        CryptographicOperations.ZeroMemory(key);
        CryptographicOperations.ZeroMemory(value);
    }

    /// <summary>K = HMAC_K(data), then V = HMAC_K(V).</summary>
    private void Rekey(ReadOnlySpan<byte> data)
    {
        Span<byte> mac = stackalloc byte[Size];
        HMACSHA256.HashData(key, data, mac);
        mac.CopyTo(key);
        CryptographicOperations.ZeroMemory(mac);
        Step();
    }

    /// <summary>V = HMAC_K(V).</summary>
    private void Step()
    {
        Span<byte> mac = stackalloc byte[Size];
        HMACSHA256.HashData(key, value, mac);
        mac.CopyTo(value);
    }

    private static void WriteUnsigned(BigInteger number, Span<byte> destination)
    {
        var bytes = number.ToByteArrayUnsigned();
        destination[..^bytes.Length].Clear();
        bytes.CopyTo(destination[^bytes.Length..]);
    }
}
