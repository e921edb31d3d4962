using FractalTrader.TestKit;

namespace FractalTrader.Drills.Tests;

/// <summary>How long one drill step may take on a loaded 2-core machine (scaled by FRACTAL_TEST_TIMEFACTOR).</summary>
internal static class DrillTimeouts
{
    public static TimeSpan Step { get; } = TestKitSettings.Dilated(TimeSpan.FromSeconds(60));
}
