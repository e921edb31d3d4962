using System.Globalization;
using System.Text.RegularExpressions;
using FractalTrader.Testing;

namespace FractalTrader.Drills.Tests;

/// <summary><c>fractal venue</c> as its own process, its state in SQLite, on an accelerated clock the node shares.</summary>
internal sealed partial class DrillVenue : IAsyncDisposable
{
    private DrillVenue(ChildProcess process, Uri url, string statePath)
    {
        Process = process;
        Url = url;
        StatePath = statePath;
    }

    public ChildProcess Process { get; }

    public Uri Url { get; }

    public string StatePath { get; }

    public static async Task<DrillVenue> StartAsync(string folder, DrillClock clock, string keyVariable, IReadOnlyDictionary<string, string?> environment)
    {
        var statePath = Path.Combine(folder, "venue.db");
        var data = new[] { "BTC", "ETH", "SOL" }.Select(s => $"{s}={RepositoryLayout.InRepository("data", $"synthetic-{s}-1h.csv")}");
        var arguments = new List<string> { "venue", "--port", "0", "--state", statePath, "--key-env", keyVariable, "--speed", clock.Speed.ToString(CultureInfo.InvariantCulture), "--clock-origin", clock.OriginText, "--data" };
        arguments.AddRange(data);
        var process = ChildProcess.StartDotnet(Path.Combine(AppContext.BaseDirectory, "fractal.dll"), arguments, folder, environment);
        var line = await process.WaitForLineAsync(l => l.StartsWith("venue listening on ", StringComparison.Ordinal), DrillTimeouts.Step, "the venue listened");
        return new DrillVenue(process, new Uri(ListeningUrl().Match(line).Value), statePath);
    }

    public async ValueTask DisposeAsync()
    {
        if (!Process.HasExited)
        {
            Process.Terminate();
            await Process.WaitForExitAsync(DrillTimeouts.Step);
        }

        await Process.DisposeAsync();
    }

    [GeneratedRegex(@"http://[0-9.]+:[0-9]+/?", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ListeningUrl();
}
