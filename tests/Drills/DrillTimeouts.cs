using System.Globalization;

namespace FractalTrader.Drills.Tests;

/// <summary>How long one drill step may take on a loaded 2-core machine (scaled by FRACTAL_TEST_TIMEFACTOR).</summary>
internal static class DrillTimeouts
{
    public static TimeSpan Step { get; } = TimeSpan.FromSeconds(60 * Factor());

    private static double Factor() =>
        double.TryParse(Environment.GetEnvironmentVariable("FRACTAL_TEST_TIMEFACTOR"), NumberStyles.Float, CultureInfo.InvariantCulture, out var factor) && factor > 0 ? factor : 1;
}
