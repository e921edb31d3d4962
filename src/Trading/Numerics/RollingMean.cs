using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace FractalTrader.Trading.Numerics;

/// <summary>
/// A fixed-window rolling mean with pandas' arithmetic (<c>Series.rolling(w).mean()</c>): one
/// running Kahan-compensated sum with separate compensations for adds and removes, the "all
/// values equal" shortcut and the sign clamp. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// Written by hand to reproduce pandas 1.5 <c>roll_mean</c> bit for bit; a plain window sum differs
/// in the last bits, which the ATR golden vectors and confidence thresholds would expose.
/// </remarks>
public static class RollingMean
{
    /// <summary>
    /// Writes the rolling mean of <paramref name="values"/> into <paramref name="output"/>;
    /// positions with fewer than <paramref name="minPeriods"/> observations get NaN.
    /// </summary>
    public static void Compute(ReadOnlySpan<double> values, int window, int minPeriods, Span<double> output)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        if (output.Length < values.Length)
        {
            throw new ArgumentException("The output is shorter than the input.", nameof(output));
        }

        var state = default(State);
        for (var i = 0; i < values.Length; i++)
        {
            var start = Math.Max(0, i - window + 1);
            var previousStart = Math.Max(0, i - window);
            if (i == 0 || start >= i)
            {
                state = default;
                state.PreviousValue = values[start];
                for (var j = start; j <= i; j++)
                {
                    state.Add(values[j]);
                }
            }
            else
            {
                for (var j = previousStart; j < start; j++)
                {
                    state.Remove(values[j]);
                }

                state.Add(values[i]);
            }

            output[i] = state.Mean(minPeriods);
        }
    }

    /// <summary>
    /// The running sum, compensations and counters of one rolling window; callers that fold the
    /// means as they go (the confidence score's volatility tier) drive it as <see cref="Compute"/> does.
    /// </summary>
    [StructLayout(LayoutKind.Auto)]
    internal struct State
    {
        private double sum;
        private double compensationAdd;
        private double compensationRemove;
        private long observations;
        private long negatives;
        private long consecutiveSame;

        public double PreviousValue;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(double value)
        {
            if (double.IsNaN(value))
            {
                return;
            }

            observations++;
            var y = value - compensationAdd;
            var t = sum + y;
            compensationAdd = t - sum - y;
            sum = t;
            if (double.IsNegative(value))
            {
                negatives++;
            }

            // pandas GH#42064: a run of equal values yields that value, not a rounded sum.
            consecutiveSame = value == PreviousValue ? consecutiveSame + 1 : 1;
            PreviousValue = value;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Remove(double value)
        {
            if (double.IsNaN(value))
            {
                return;
            }

            observations--;
            var y = -value - compensationRemove;
            var t = sum + y;
            compensationRemove = t - sum - y;
            sum = t;
            if (double.IsNegative(value))
            {
                negatives--;
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly double Mean(int minPeriods)
        {
            if (observations < minPeriods || observations <= 0)
            {
                return double.NaN;
            }

            var result = sum / observations;
            if (consecutiveSame >= observations)
            {
                return PreviousValue;
            }

            if (negatives == 0 && result < 0)
            {
                return 0;
            }

            return negatives == observations && result > 0 ? 0 : result;
        }
    }
}
