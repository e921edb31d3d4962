using System.Globalization;

namespace FractalTrader.Drills.Tests;

/// <summary>How many kill rounds a drill runs: FRACTAL_DRILL_ROUNDS if set, else 20 when CI=true, else 5.</summary>
internal static class DrillRounds
{
    public static int FromEnvironment()
    {
        if (int.TryParse(Environment.GetEnvironmentVariable("FRACTAL_DRILL_ROUNDS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var rounds) && rounds > 0)
        {
            return rounds;
        }

        return string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase) ? 20 : 5;
    }

    /// <summary>The seed of the kill moments: FRACTAL_DRILL_SEED if set (to replay a failure), else a fresh one.</summary>
    public static int Seed() =>
        int.TryParse(Environment.GetEnvironmentVariable("FRACTAL_DRILL_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) ? seed : Random.Shared.Next();
}
