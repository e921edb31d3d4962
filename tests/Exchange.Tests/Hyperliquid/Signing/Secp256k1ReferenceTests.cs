using FsCheck;
using FsCheck.Fluent;
using FractalTrader.Exchange.Hyperliquid.Signing;
using Org.BouncyCastle.Asn1.Sec;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math;

namespace FractalTrader.Exchange.Tests.Hyperliquid.Signing;

/// <summary>
/// The fast signer against BouncyCastle's own RFC 6979 ECDSA on the generic secp256k1 curve (what
/// signing was before the generator table): byte-identical r and low s for random keys and digests,
/// and v recovers the signer.
/// </summary>
public sealed class Secp256k1ReferenceTests
{
    private static readonly ECDomainParameters GenericCurve = Domain();

    [Fact]
    public void Signatures_equal_bouncycastle_rfc6979_ecdsa_with_low_s_and_recover_the_signer()
    {
        var bytes = Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), 32);
        Prop.ForAll(Gen.Zip(bytes, bytes).ToArbitrary(), pair =>
        {
            var (keyBytes, digest) = pair;
            var d = new BigInteger(1, keyBytes).Mod(GenericCurve.N);
            if (d.SignValue == 0)
            {
                return true;
            }

            var key = PrivateKey.Parse(d.ToString(16).PadLeft(64, '0'), "generated key");
            var signature = key.Sign(digest);
            var (r, s) = Reference(d, digest);
            return string.Equals(signature.R, "0x" + r.ToString(16), StringComparison.Ordinal)
                && string.Equals(signature.S, "0x" + s.ToString(16), StringComparison.Ordinal)
                && key.Address.Equals(Secp256k1.Recover(digest, signature));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("ff")]
    [InlineData("100")]
    [InlineData("ffff")]
    [InlineData("0101010101010101010101010101010101010101010101010101010101010101")]
    [InlineData("ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00")]
    [InlineData("8000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364140")]
    [InlineData("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")]
    [InlineData("ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")]
    public void Generator_table_multiplies_like_the_library(string scalarHex)
    {
        var k = new BigInteger(scalarHex, 16);

        var fromTable = GeneratorTable.Multiply(k);

        fromTable.Equals(GenericCurve.G.Multiply(k)).Should().BeTrue($"k = 0x{scalarHex}");
    }

    private static (BigInteger R, BigInteger S) Reference(BigInteger d, byte[] digest)
    {
        var signer = new ECDsaSigner(new HMacDsaKCalculator(new Sha256Digest()));
        signer.Init(true, new ECPrivateKeyParameters(d, GenericCurve));
        var rs = signer.GenerateSignature(digest);
        var s = rs[1].CompareTo(GenericCurve.N.ShiftRight(1)) > 0 ? GenericCurve.N.Subtract(rs[1]) : rs[1];
        return (rs[0], s);
    }

    private static ECDomainParameters Domain()
    {
        var curve = SecNamedCurves.GetByName("secp256k1");
        return new ECDomainParameters(curve.Curve, curve.G, curve.N, curve.H);
    }
}
