using BenchmarkDotNet.Attributes;
using FractalTrader.Exchange.Hyperliquid;
using FractalTrader.Exchange.Hyperliquid.Signing;
using FractalTrader.Exchange.Hyperliquid.Wire;
using FractalTrader.Exchange.Orders;
using Org.BouncyCastle.Asn1.Sec;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math;

namespace FractalTrader.Benchmarks.Exchange;

/// <summary>Signing one L1 order action end to end (target ≥ 5,000/s per core) against BouncyCastle's bare RFC 6979 ECDSA of a digest.</summary>
[MemoryDiagnoser]
public class SigningBenchmarks
{
    private readonly PrivateKey key = PrivateKey.Parse("0x0123456789012345678901234567890123456789012345678901234567890123", "bench");
    private readonly ECDsaSigner bare = new(new HMacDsaKCalculator(new Sha256Digest()));
    private readonly byte[] digest = Keccak256.Hash("bench");
    private ulong nonce = 1_700_000_000_000;

    [GlobalSetup]
    public void Setup()
    {
        var curve = SecNamedCurves.GetByName("secp256k1");
        var domain = new ECDomainParameters(curve.Curve, curve.G, curve.N, curve.H);
        bare.Init(true, new ECPrivateKeyParameters(new BigInteger("0123456789012345678901234567890123456789012345678901234567890123", 16), domain));
    }

    [Benchmark(Baseline = true, Description = "BouncyCastle ECDSA of a digest (no recovery id)")]
    public BigInteger[] BareEcdsa() => bare.GenerateSignature(digest);

    [Benchmark(Description = "Sign L1 order: wire + msgpack + keccak + EIP-712 + ECDSA + v")]
    public EcdsaSignature SignOrder()
    {
        var wire = OrderWire.Build(1, isBuy: true, 1670.1m, 0.0147m, reduceOnly: false, OrderWire.LimitType(TimeInForce.GoodTilCancel), new ClientOrderId(42));
        return L1ActionSigning.Sign(key, HyperliquidActions.Order([wire]), nonce++, null, null, HyperliquidNetwork.Testnet);
    }
}
