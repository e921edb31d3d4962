using System.Security.Cryptography;
using FractalTrader.Host.Configuration;
using FractalTrader.Host.Hosting;
using FractalTrader.Host.Logging;
using FractalTrader.Testing;
using Serilog.Events;

namespace FractalTrader.Host.Tests.Logging;

/// <summary>An exception that escapes every handler is written to the log and standard error without any secret, and ends the process with its own exit code.</summary>
public sealed class CrashLogTests
{
    [Fact]
    public void An_unhandled_exception_is_logged_and_reported_scrubbed_and_exits_with_the_crash_code()
    {
        using var rig = new CrashRig();
        var failure = new InvalidOperationException($"signing failed for key {rig.Key}", new FormatException("inner detail"));

        rig.Crashes.Report(failure);
        rig.Crashes.Report(new InvalidOperationException("a second thread failing meanwhile"));

        var log = rig.ReadLog();
        rig.Exits.Should().Equal([NodeHost.Crashed], "the process ends once, with the crash code");
        rig.Error.ToString().Should().StartWith("fractal-node: crashed on an unhandled exception, exit code 70: System.InvalidOperationException: signing failed for key <redacted>");
        rig.Error.ToString().Should().NotContain("a second thread", "only the first failure is reported");
        log.Should().Contain("\"Level\":\"Fatal\"").And.Contain("Unhandled exception; the node stops").And.Contain("inner detail", "the whole exception, inner ones included, is in the log");
        (rig.Error + log).Should().NotContainEquivalentOf(rig.Key).And.NotContainEquivalentOf(rig.Key[..16]);
    }

    [Fact]
    public void A_failed_task_nobody_awaited_is_logged_as_an_error_scrubbed_and_the_node_carries_on()
    {
        using var rig = new CrashRig();

        rig.Crashes.ReportUnobserved(new AggregateException(new HttpRequestException($"GET https://venue/info?key={rig.Key} failed")));
        rig.Logger.Dispose();

        var log = rig.ReadLog();
        rig.Exits.Should().BeEmpty("an unobserved failure does not end the node");
        rig.Error.ToString().Should().BeEmpty();
        log.Should().Contain("\"Level\":\"Error\"").And.Contain("A background task failed and nothing awaited it").And.Contain("<redacted>");
        log.Should().NotContainEquivalentOf(rig.Key);
    }

    /// <summary>A crash log over the node's real logger (JSON file in a temporary folder) that knows one secret key; exits are recorded, not taken.</summary>
    private sealed class CrashRig : IDisposable
    {
        private readonly TemporaryFolder folder = new();

        public CrashRig()
        {
            Logger = HostLogging.Create(new LogSettings(LogEventLevel.Information, Console: false, File: true, folder.Path, 1_000_000, 2), "node-a", [Key]);
            Crashes = new CrashLog(Logger, Error, [Key], Exits.Add);
        }

        public string Key { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

        public Serilog.Core.Logger Logger { get; }

        public StringWriter Error { get; } = new();

        public List<int> Exits { get; } = [];

        public CrashLog Crashes { get; }

        public string ReadLog() => File.ReadAllText(Path.Combine(folder.Path, HostLogging.FileName));

        public void Dispose()
        {
            Logger.Dispose();
            Error.Dispose();
            folder.Dispose();
        }
    }
}
