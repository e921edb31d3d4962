using BenchmarkDotNet.Attributes;
using FractalTrader.Exchange.Hyperliquid;
using FractalTrader.Exchange.Hyperliquid.Signing;
using FractalTrader.Exchange.Hyperliquid.Wire;
using FractalTrader.Exchange.Orders;
using Org.BouncyCastle.Asn1.Sec;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.EC;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Math.EC;

namespace FractalTrader.Benchmarks.Exchange;

/// <summary>
/// Signing one L1 order action end to end (target ≥ 5,000/s per core) against BouncyCastle's bare
/// RFC 6979 ECDSA of a digest, with the phases of the path measured separately.
/// </summary>
[MemoryDiagnoser]
public class SigningBenchmarks
{
    private static readonly BigInteger Scalar = new("0123456789012345678901234567890123456789012345678901234567890123", 16);
    private readonly PrivateKey key = PrivateKey.Parse("0x0123456789012345678901234567890123456789012345678901234567890123", "bench");
    private readonly ECDsaSigner bare = new(new HMacDsaKCalculator(new Sha256Digest()));
    private readonly byte[] digest = Keccak256.Hash("bench");
    private readonly ECPoint customG = CustomNamedCurves.GetByName("secp256k1").G;
    private readonly BigInteger nonceScalar = new(1, Keccak256.Hash("nonce"));
    private ulong nonce = 1_700_000_000_000;

    [GlobalSetup]
    public void Setup()
    {
        var curve = SecNamedCurves.GetByName("secp256k1");
        var domain = new ECDomainParameters(curve.Curve, curve.G, curve.N, curve.H);
        bare.Init(true, new ECPrivateKeyParameters(Scalar, domain));
        // Builds the generator table outside the measurement.
        key.Sign(digest);
    }

    [Benchmark(Baseline = true, Description = "BouncyCastle ECDSA of a digest (no recovery id)")]
    public BigInteger[] BareEcdsa() => bare.GenerateSignature(digest);

    [Benchmark(Description = "Sign L1 order: wire + msgpack + keccak + EIP-712 + ECDSA + v")]
    public EcdsaSignature SignOrder() =>
        L1ActionSigning.Sign(key, Order(), nonce++, null, null, HyperliquidNetwork.Testnet);

    [Benchmark(Description = "phase: order wire + action JSON")]
    public object BuildAction() => Order();

    [Benchmark(Description = "phase: EIP-712 digest (msgpack + 3 keccak)")]
    public byte[] Digest() => L1ActionSigning.Digest(Order(), nonce++, null, null, HyperliquidNetwork.Testnet);

    [Benchmark(Description = "phase: ECDSA of the digest (RFC 6979 + k·G + s + v)")]
    public EcdsaSignature SignDigest() => key.Sign(digest);

    [Benchmark(Description = "ECDSA of the digest as signed before (GLV k·G, Normalize, BouncyCastle ModInverse and Mod)")]
    public (BigInteger R, BigInteger S, bool Odd) SignDigestBefore()
    {
        // The previous Secp256k1.Sign, kept here so before/after is a ratio from the same run.
        var n = Secp256k1.Order;
        var calculator = new HMacDsaKCalculator(new Sha256Digest());
        calculator.Init(n, Scalar, digest);
        var k = calculator.NextK();
        var point = customG.Multiply(k).Normalize();
        var r = point.AffineXCoord.ToBigInteger().Mod(n);
        var s = k.ModInverse(n).Multiply(new BigInteger(1, digest).Add(Scalar.Multiply(r))).Mod(n);
        return (r, s, point.AffineYCoord.TestBitZero());
    }

    [Benchmark(Description = "phase: RFC 6979 nonce (BouncyCastle HMacDsaKCalculator)")]
    public BigInteger Nonce()
    {
        var calculator = new HMacDsaKCalculator(new Sha256Digest());
        calculator.Init(Secp256k1.Order, Scalar, digest);
        return calculator.NextK();
    }

    [Benchmark(Description = "phase: k·G from the generator table")]
    public ECPoint TableMultiply() => GeneratorTable.Multiply(nonceScalar);

    [Benchmark(Description = "k·G with BouncyCastle's GLV multiplier (before)")]
    public ECPoint GlvMultiply() => customG.Multiply(nonceScalar);

    private static System.Text.Json.Nodes.JsonNode Order() =>
        HyperliquidActions.Order([OrderWire.Build(1, isBuy: true, 1670.1m, 0.0147m, reduceOnly: false, OrderWire.LimitType(TimeInForce.GoodTilCancel), new ClientOrderId(42))]);
}
