using System.Globalization;

namespace FractalTrader.Drills.Tests;

/// <summary>The accelerated market clock the venue and every node incarnation share: same origin, same speed. Immutable.</summary>
/// <param name="Origin">When market time equals wall time.</param>
/// <param name="Speed">Market seconds per wall second.</param>
internal sealed record DrillClock(DateTimeOffset Origin, double Speed)
{
    public string OriginText => Origin.ToString("O", CultureInfo.InvariantCulture);
}
