using System.Text.RegularExpressions;
using FractalTrader.TestKit;
using FractalTrader.Testing;

namespace FractalTrader.Host.Tests;

/// <summary>The node host (<c>fractal-node.dll</c> from this test's output) as a child process in its own temporary folder.</summary>
internal sealed partial class HostedNode : IAsyncDisposable
{
    private HostedNode(ChildProcess process, string folder)
    {
        Process = process;
        Folder = folder;
    }

    /// <summary>How long a step may take on a loaded 2-core machine.</summary>
    public static TimeSpan Patience { get; } = TestKitSettings.Dilated(TimeSpan.FromSeconds(90));

    public ChildProcess Process { get; }

    /// <summary>The node's working folder (journal in data/state, logs in logs/).</summary>
    public string Folder { get; }

    public static string Assembly => Path.Combine(AppContext.BaseDirectory, "fractal-node.dll");

    /// <summary>Starts a node with health on a free port; <paramref name="arguments"/> come after.</summary>
    public static HostedNode Start(string folder, IEnumerable<string>? arguments = null, IReadOnlyDictionary<string, string?>? environment = null)
    {
        Directory.CreateDirectory(folder);
        var process = ChildProcess.StartDotnet(Assembly, ["--health-port", "0", .. arguments ?? []], folder, environment);
        return new HostedNode(process, folder);
    }

    /// <summary>The health endpoints' base address, once the node logged it.</summary>
    public async Task<Uri> HealthAsync()
    {
        var line = await Process.WaitForLineAsync(l => l.Contains("management endpoints on http://", StringComparison.Ordinal), Patience, "the health endpoints were up");
        return new Uri(HealthUrl().Match(line).Value);
    }

    public Task<string> WaitForAsync(string text, string description) =>
        Process.WaitForLineAsync(l => l.Contains(text, StringComparison.Ordinal), Patience, description);

    /// <summary>Everything in the rolling JSON log files.</summary>
    public string LogFiles() =>
        Directory.Exists(Path.Combine(Folder, "logs"))
            ? string.Join('\n', Directory.GetFiles(Path.Combine(Folder, "logs")).Order(StringComparer.Ordinal).Select(ReadShared))
            : string.Empty;

    public async ValueTask DisposeAsync() => await Process.DisposeAsync();

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"http://[0-9.]+:[0-9]+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HealthUrl();
}
