using System.Globalization;

namespace FractalTrader.TestKit.Persistence;

/// <summary>How long persistence specs wait for something that should happen at once, scaled by FRACTAL_TEST_TIMEFACTOR.</summary>
public static class SpecTimeouts
{
    public static TimeSpan Default { get; } = TimeSpan.FromSeconds(30 * Factor());

    private static double Factor() =>
        double.TryParse(Environment.GetEnvironmentVariable("FRACTAL_TEST_TIMEFACTOR"), NumberStyles.Float, CultureInfo.InvariantCulture, out var factor) && factor > 0
            ? factor
            : 1;
}
