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
        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        using var folder = new TemporaryFolder();
        var logger = HostLogging.Create(new LogSettings(LogEventLevel.Information, Console: false, File: true, folder.Path, 1_000_000, 2), "node-a", [key]);
        using var error = new StringWriter();
        var exits = new List<int>();
        var crashes = new CrashLog(logger, error, [key], exits.Add);
        var failure = new InvalidOperationException($"signing failed for key {key}", new FormatException("inner detail"));

        crashes.Report(failure);
        crashes.Report(new InvalidOperationException("a second thread failing meanwhile"));

        var log = File.ReadAllText(Path.Combine(folder.Path, HostLogging.FileName));
        exits.Should().Equal([NodeHost.Crashed], "the process ends once, with the crash code");
        error.ToString().Should().StartWith("fractal-node: crashed on an unhandled exception, exit code 70: System.InvalidOperationException: signing failed for key <redacted>");
        error.ToString().Should().NotContain("a second thread", "only the first failure is reported");
        log.Should().Contain("\"Level\":\"Fatal\"").And.Contain("Unhandled exception; the node stops").And.Contain("inner detail", "the whole exception, inner ones included, is in the log");
        (error + log).Should().NotContainEquivalentOf(key).And.NotContainEquivalentOf(key[..16]);
    }

    [Fact]
    public void A_failed_task_nobody_awaited_is_logged_as_an_error_scrubbed_and_the_node_carries_on()
    {
        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        using var folder = new TemporaryFolder();
        var logger = HostLogging.Create(new LogSettings(LogEventLevel.Information, Console: false, File: true, folder.Path, 1_000_000, 2), "node-a", [key]);
        using var error = new StringWriter();
        var exits = new List<int>();
        var crashes = new CrashLog(logger, error, [key], exits.Add);

        crashes.ReportUnobserved(new AggregateException(new HttpRequestException($"GET https://venue/info?key={key} failed")));
        logger.Dispose();

        var log = File.ReadAllText(Path.Combine(folder.Path, HostLogging.FileName));
        exits.Should().BeEmpty("an unobserved failure does not end the node");
        error.ToString().Should().BeEmpty();
        log.Should().Contain("\"Level\":\"Error\"").And.Contain("A background task failed and nothing awaited it").And.Contain("<redacted>");
        log.Should().NotContainEquivalentOf(key);
    }
}
