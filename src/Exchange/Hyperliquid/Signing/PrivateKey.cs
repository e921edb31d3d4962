using Org.BouncyCastle.Math;

namespace FractalTrader.Exchange.Hyperliquid.Signing;

/// <summary>
/// A secp256k1 signing key. It never prints itself: <see cref="ToString"/> shows only the address,
/// and no error message built here quotes key material. Immutable and thread-safe.
/// </summary>
public sealed class PrivateKey
{
    private readonly BigInteger scalar;

    private PrivateKey(BigInteger scalar)
    {
        this.scalar = scalar;
        Address = Secp256k1.AddressOf(Secp256k1.PublicKey(scalar));
    }

    /// <summary>The account (or agent wallet) address this key signs for.</summary>
    public WalletAddress Address { get; }

    /// <summary>Parses 64 hex digits, with or without <c>0x</c>, surrounding whitespace ignored.</summary>
    /// <param name="text">The key text.</param>
    /// <param name="origin">Where the key came from (an environment variable name or a file path),
    /// used in the error message instead of the key itself.</param>
    /// <exception cref="FormatException">Not a valid key; the message names only <paramref name="origin"/>.</exception>
    public static PrivateKey Parse(string text, string origin)
    {
        ArgumentNullException.ThrowIfNull(text);
        var digits = text.Trim();
        if (digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            digits = digits[2..];
        }

        if (digits.Length != 64 || digits.AsSpan().ContainsAnyExcept(HexDigits.Values))
        {
            throw new FormatException($"{origin} does not hold a private key (expected 64 hex digits, optionally prefixed by 0x).");
        }

        var value = new BigInteger(1, Convert.FromHexString(digits));
        if (value.SignValue == 0 || value.CompareTo(Secp256k1.Order) >= 0)
        {
            throw new FormatException($"{origin} holds a value that is not a valid secp256k1 private key.");
        }

        return new PrivateKey(value);
    }

    /// <summary>Signs a 32-byte digest: RFC 6979, low-s, v = 27 + recovery id.</summary>
    public EcdsaSignature Sign(ReadOnlySpan<byte> digest)
    {
        var (r, s, recoveryId) = Secp256k1.Sign(scalar, digest);
        return new EcdsaSignature("0x" + r.ToString(16), "0x" + s.ToString(16), 27 + recoveryId);
    }

    /// <inheritdoc />
    public override string ToString() => $"PrivateKey(for {Address}, redacted)";
}
