using System.Runtime.InteropServices;

namespace FractalTrader.Trading.Strategies;

/// <summary>
/// What the original's confidence functions measure on the up-to-51-bar window ending at the
/// signal bar; each strategy weighs them differently. Immutable.
/// </summary>
/// <param name="Insufficient">Fewer than 10 bars: every strategy answers its default.</param>
/// <param name="CurrentTrend">Trend at the last bar of the window (1, -1, 0).</param>
/// <param name="TrendConsistency">Share of window bars whose trend equals the current one.</param>
/// <param name="VolumeTier">2 when volume exceeds 1.5× the window mean, 1 when above the mean, else 0.</param>
/// <param name="VolatilityTier">2 when ATR is below 1.5× its window mean, 1 when below 2×, else 0 (also when no ATR exists).</param>
/// <param name="StrongBody">The bar's body is more than half its range.</param>
[StructLayout(LayoutKind.Auto)]
public readonly record struct ConfidenceFactors(
    bool Insufficient,
    int CurrentTrend,
    double TrendConsistency,
    int VolumeTier,
    int VolatilityTier,
    bool StrongBody)
{
    /// <summary>Points for the volume tier (20 / 10 / 0), the same in every strategy.</summary>
    public int VolumePoints => VolumeTier == 2 ? 20 : VolumeTier == 1 ? 10 : 0;

    /// <summary>Points for the volatility tier (20 / 10 / 0), the same in every strategy.</summary>
    public int VolatilityPoints => VolatilityTier == 2 ? 20 : VolatilityTier == 1 ? 10 : 0;
}
