using System.Diagnostics;
using System.Globalization;

namespace FractalTrader.Runtime.Tests.Persistence;

/// <summary>What the kill -9 drills share: how many rounds they run and how they start the crash writer (tests/JournalCrashWriter).</summary>
internal static class CrashWriterProcess
{
    /// <summary>Kill rounds: FRACTAL_CRASH_ROUNDS if set, else 30 (also in CI).</summary>
    public static int Rounds() =>
        int.TryParse(Environment.GetEnvironmentVariable("FRACTAL_CRASH_ROUNDS"), NumberStyles.None, CultureInfo.InvariantCulture, out var rounds) && rounds > 0
            ? rounds
            : 30;

    /// <summary>Starts the crash writer with <paramref name="arguments"/>, its output redirected for the test to read.</summary>
    public static Process Start(params string[] arguments)
    {
        var writer = typeof(CrashWriterProcess).Assembly.Location.Replace("FractalTrader.Runtime.Tests.dll", "FractalTrader.JournalCrashWriter.dll", StringComparison.Ordinal);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(writer);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("the crash writer did not start");
    }
}
