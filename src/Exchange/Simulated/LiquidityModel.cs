namespace FractalTrader.Exchange.Simulated;

/// <summary>
/// How much size the simulated market can absorb: at each price event a resting order may fill
/// up to max(<see cref="MinimumSize"/>, bar volume × <see cref="Participation"/>) in total, in
/// price-time priority; takers get the same amount at the touch. Immutable.
/// </summary>
/// <param name="Participation">Share of a bar's volume available to us per event. The default is 0.1.</param>
/// <param name="MinimumSize">Size always available per event. The default is 1,000,000 (effectively unlimited).</param>
public sealed record LiquidityModel(decimal Participation = 0.1m, decimal MinimumSize = 1_000_000m)
{
    /// <summary>Size available at one event of a bar with <paramref name="volume"/>.</summary>
    public decimal Available(decimal volume) => Math.Max(MinimumSize, volume * Participation);
}
