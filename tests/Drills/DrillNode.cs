using System.Globalization;
using FractalTrader.Testing;

namespace FractalTrader.Drills.Tests;

/// <summary>One incarnation of the node (<c>fractal-node.dll</c>) trading on the drill venue, its journal in the drill folder.</summary>
internal static class DrillNode
{
    public const string KeyVariable = "FRACTAL_HYPERLIQUID_PRIVATE_KEY";

    public static ChildProcess Start(string folder, Uri venue, DrillClock clock, string journalPath, IReadOnlyDictionary<string, string?> environment)
    {
        string[] arguments =
        [
            "--venue", venue.ToString(),
            "--journal", journalPath,
            "--speed", clock.Speed.ToString(CultureInfo.InvariantCulture),
            "--clock-origin", clock.OriginText,
            "--health-port", "0",
            "--logs", Path.Combine(folder, "logs"),
            "--name", "drill-node",
        ];
        return ChildProcess.StartDotnet(Path.Combine(AppContext.BaseDirectory, "fractal-node.dll"), arguments, folder, environment);
    }
}
