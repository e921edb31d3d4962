namespace FractalTrader.Trading.Numerics;

/// <summary>
/// Sums doubles in the order numpy's <c>add.reduce</c> does (pairwise with an eight-way unrolled
/// block), so means taken with <c>np.mean</c> in the original agree to the last bit.
/// Stateless and thread-safe.
/// </summary>
/// <remarks>Written by hand: no package reproduces numpy's summation order.</remarks>
public static class PairwiseSum
{
    private const int BlockSize = 128;

    /// <summary>The numpy-ordered sum of <paramref name="values"/>.</summary>
    public static double Of(ReadOnlySpan<double> values) => 0.0 + Pairwise(values);

    /// <summary>The numpy-ordered mean of <paramref name="values"/> (NaN when empty).</summary>
    public static double Mean(ReadOnlySpan<double> values) => values.IsEmpty ? double.NaN : Of(values) / values.Length;

    private static double Pairwise(ReadOnlySpan<double> a)
    {
        var n = a.Length;
        if (n < 8)
        {
            var res = 0.0;
            for (var i = 0; i < n; i++)
            {
                res += a[i];
            }

            return res;
        }

        if (n <= BlockSize)
        {
            double r0 = a[0], r1 = a[1], r2 = a[2], r3 = a[3], r4 = a[4], r5 = a[5], r6 = a[6], r7 = a[7];
            var i = 8;
            for (; i < n - (n % 8); i += 8)
            {
                r0 += a[i];
                r1 += a[i + 1];
                r2 += a[i + 2];
                r3 += a[i + 3];
                r4 += a[i + 4];
                r5 += a[i + 5];
                r6 += a[i + 6];
                r7 += a[i + 7];
            }

            var res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; i < n; i++)
            {
                res += a[i];
            }

            return res;
        }

        var n2 = n / 2;
        n2 -= n2 % 8;
        return Pairwise(a[..n2]) + Pairwise(a[n2..]);
    }
}
