// Written by hand: BouncyCastle 1.8.10's multipliers for k·G (GLV WNAF, fixed-point comb width 5)
// spend ~130–250 doublings and additions per signature and missed the ≥ 5,000 signatures/s target;
// the faster native secp256k1 packages cannot be restored here. This is only a fixed-base table
// lookup over BouncyCastle's own SecP256K1 points: the field and group arithmetic stay BouncyCastle's.
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Math.EC;

namespace FractalTrader.Exchange.Hyperliquid.Signing;

/// <summary>
/// k·G for secp256k1 by table lookup: for each of the 32 bytes of k, the 255 affine multiples
/// j·2⁸ⁱ·G (j = 1..255), so k·G is at most 32 mixed additions and no doublings. The table
/// (8,160 points, about 2 MB) is built once per process on first use. Not constant-time: it skips
/// zero bytes and indexes by key-derived bytes, like the WNAF multiplier it replaces.
/// Immutable and thread-safe once built.
/// </summary>
internal static class GeneratorTable
{
    private const int WindowBits = 8;
    private const int Windows = 256 / WindowBits;
    private const int MultiplesPerWindow = (1 << WindowBits) - 1;

    // rows[i][j - 1] = j·2^(8i)·G, normalized to affine so every addition is a mixed one.
    private static readonly ECPoint[][] Rows = Build();

    /// <summary>k·G in Jacobian coordinates (not normalized) for 0 &lt; k &lt; 2²⁵⁶.</summary>
    internal static ECPoint Multiply(BigInteger k)
    {
        var bytes = k.ToByteArrayUnsigned();
        if (bytes.Length > Windows)
        {
            throw new ArgumentOutOfRangeException(nameof(k), "The scalar must be below 2^256.");
        }

        var sum = Rows[0][0].Curve.Infinity;
        for (var i = 0; i < bytes.Length; i++)
        {
            var digit = bytes[i];
            if (digit != 0)
            {
                // bytes is big-endian: bytes[i] weighs 2^(8·(length − 1 − i)).
                sum = sum.Add(Rows[bytes.Length - 1 - i][digit - 1]);
            }
        }

        return sum;
    }

    private static ECPoint[][] Build()
    {
        var generator = Secp256k1.Generator;
        var rows = new ECPoint[Windows][];
        var windowBase = generator;
        for (var i = 0; i < Windows; i++)
        {
            var row = new ECPoint[MultiplesPerWindow];
            row[0] = windowBase;
            for (var j = 1; j < MultiplesPerWindow; j++)
            {
                row[j] = row[j - 1].Add(windowBase);
            }

            // One shared inversion for the whole row (Montgomery's trick inside NormalizeAll).
            generator.Curve.NormalizeAll(row);
            rows[i] = row;
            windowBase = row[MultiplesPerWindow - 1].Add(windowBase).Normalize();
        }

        return rows;
    }
}
