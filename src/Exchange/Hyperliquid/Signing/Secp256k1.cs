using Org.BouncyCastle.Asn1.X9;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.EC;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Math.EC;
using Org.BouncyCastle.Utilities;
using Numerics = System.Numerics;

namespace FractalTrader.Exchange.Hyperliquid.Signing;

/// <summary>
/// secp256k1 ECDSA as eth-keys does it: RFC 6979 deterministic k (HMAC-SHA256, BouncyCastle's
/// <see cref="HMacDsaKCalculator"/>), low-s normalization and a recovery id; plus public-key
/// recovery. BouncyCastle supplies the curve arithmetic; only the Ethereum conventions it lacks
/// (low-s, recovery id, recovery), and for speed a table-driven k·G (<see cref="GeneratorTable"/>),
/// are written here. Stateless and thread-safe.
/// </summary>
public static class Secp256k1
{
    // BouncyCastle's custom secp256k1 (dedicated field arithmetic, GLV endomorphism) is several
    // times faster than the generic SecNamedCurves one; both give identical signatures.
    private static readonly X9ECParameters Curve = CustomNamedCurves.GetByName("secp256k1");
    // Held once: BouncyCastle caches multiplier precomputations on the point instance.
    private static readonly ECPoint G = Curve.G;
    private static readonly BigInteger N = Curve.N;
    private static readonly BigInteger HalfN = Curve.N.ShiftRight(1);
    private static readonly BigInteger P = Curve.Curve.Field.Characteristic;
    private static readonly Numerics.BigInteger NumericN = ToNumerics(N);
    private static readonly Numerics.BigInteger NumericHalfN = ToNumerics(HalfN);
    // The curve's own multiplier (GLV endomorphism): for one-off products such as a key's public
    // point, where building the generator table would not pay off.

    /// <summary>The curve order n.</summary>
    internal static BigInteger Order => N;

    /// <summary>The generator G.</summary>
    internal static ECPoint Generator => G;

    /// <summary>Signs a 32-byte digest with private scalar <paramref name="d"/>.</summary>
    /// <returns>r, s (low) and the recovery id (0 or 1).</returns>
    internal static (BigInteger R, BigInteger S, int RecoveryId) Sign(BigInteger d, ReadOnlySpan<byte> digest)
    {
        if (digest.Length != 32)
        {
            throw new ArgumentException("The digest must be 32 bytes.", nameof(digest));
        }

        var hash = digest.ToArray();
        var kCalculator = new HMacDsaKCalculator(new Sha256Digest());
        kCalculator.Init(N, d, hash);
        while (true)
        {
            var k = kCalculator.NextK();
            // R = k·G computed here (not inside ECDsaSigner) so the recovery id is R.y's parity,
            // with no trial recovery.
            var (x, yIsOdd) = ToAffine(GeneratorTable.Multiply(k));
            if (x.CompareTo(N) >= 0)
            {
                // Probability about 2^-127; the x + n candidates are not representable in v = 27/28.
                throw new InvalidOperationException("R.x ≥ n: this signature cannot be expressed with v = 27/28.");
            }

            if (x.SignValue == 0)
            {
                continue;
            }

            // BouncyCastle 1.8.10's BigInteger.Mod is long division on 32-bit words; .NET's is
            // several times faster for the 512-bit products here. Its inverse stays BouncyCastle's
            // (.NET has none), the variable-time one, as k.ModInverse(n) before it was.
            var kInverse = ToNumerics(BigIntegers.ModOddInverseVar(N, k));
            var r = ToNumerics(x);
            var s = kInverse * ((ToNumerics(hash) + (ToNumerics(d) * r)) % NumericN) % NumericN;
            if (s.IsZero)
            {
                continue;
            }

            var recoveryId = yIsOdd ? 1 : 0;
            if (s > NumericHalfN)
            {
                s = NumericN - s;
                recoveryId ^= 1;
            }

            return (x, new BigInteger(1, s.ToByteArray(isUnsigned: true, isBigEndian: true)), recoveryId);
        }
    }

    /// <summary>
    /// The uncompressed public key point of <paramref name="d"/>. Through the signing table, so the
    /// table is built when a key is parsed at start, not on the first order's hot path.
    /// </summary>
    internal static ECPoint PublicKey(BigInteger d) => GeneratorTable.Multiply(d).Normalize();

    /// <summary>The address of a public key: the last 20 bytes of keccak256(X ‖ Y).</summary>
    internal static WalletAddress AddressOf(ECPoint publicKey)
    {
        var encoded = publicKey.GetEncoded(false);
        var hash = Keccak256.Hash(encoded.AsSpan(1));
        return WalletAddress.FromBytes(hash.AsSpan(12));
    }

    /// <summary>Recovers the signer's address from a digest and a signature, or null if invalid.</summary>
    public static WalletAddress? Recover(ReadOnlySpan<byte> digest, EcdsaSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        if (digest.Length != 32 || signature.V is not (27 or 28))
        {
            return null;
        }

        BigInteger r;
        BigInteger s;
        try
        {
            r = new BigInteger(1, Hex.Parse(PadEven(signature.R), "signature.r"));
            s = new BigInteger(1, Hex.Parse(PadEven(signature.S), "signature.s"));
        }
        catch (FormatException)
        {
            return null;
        }

        if (r.SignValue <= 0 || s.SignValue <= 0 || r.CompareTo(N) >= 0 || s.CompareTo(N) >= 0)
        {
            return null;
        }

        var compressed = new byte[33];
        compressed[0] = (byte)(0x02 + (signature.V - 27));
        var rBytes = r.ToByteArrayUnsigned();
        rBytes.CopyTo(compressed, 33 - rBytes.Length);
        ECPoint point;
        try
        {
            point = Curve.Curve.DecodePoint(compressed);
        }
        catch (ArgumentException)
        {
            return null;
        }

        var z = new BigInteger(1, digest.ToArray());
        var rInverse = BigIntegers.ModOddInverseVar(N, r);
        var q = ECAlgorithms.SumOfTwoMultiplies(point, s.Multiply(rInverse).Mod(N), G, N.Subtract(z).Multiply(rInverse).Mod(N)).Normalize();
        return q.IsInfinity ? null : AddressOf(q);
    }

    /// <summary>
    /// The affine x and y's parity of a Jacobian point (x = X/Z², y = Y/Z³), with BouncyCastle's
    /// variable-time inverse, which measured about twice as fast as <see cref="ECPoint.Normalize()"/>'s.
    /// </summary>
    private static (BigInteger X, bool YIsOdd) ToAffine(ECPoint point)
    {
        var curve = point.Curve;
        var zInverse = curve.FromBigInteger(BigIntegers.ModOddInverseVar(P, point.GetZCoord(0).ToBigInteger()));
        var zInverseSquared = zInverse.Square();
        var x = point.XCoord.Multiply(zInverseSquared);
        var y = point.YCoord.Multiply(zInverseSquared.Multiply(zInverse));
        return (x.ToBigInteger(), y.TestBitZero());
    }

    private static Numerics.BigInteger ToNumerics(BigInteger value) => ToNumerics(value.ToByteArrayUnsigned());

    private static Numerics.BigInteger ToNumerics(ReadOnlySpan<byte> bigEndian) => new(bigEndian, isUnsigned: true, isBigEndian: true);

    private static string PadEven(string hex)
    {
        var digits = hex.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? hex[2..] : hex;
        return digits.Length % 2 == 0 ? digits : "0" + digits;
    }
}
