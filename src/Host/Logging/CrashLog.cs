using Serilog.Core;

namespace FractalTrader.Host.Logging;

/// <summary>
/// The node's last words when an exception escapes every handler: one Fatal line in the log (console
/// and files, flushed) and one line on standard error, every known secret scrubbed from both, then
/// the exit code <see cref="Hosting.NodeHost.Crashed"/>. Left to itself the runtime would print the
/// raw exception (and any secret inside it) to standard error, skip the log files and abort. Also
/// logs, as an Error, a failed task nobody awaited (which the runtime drops silently).
/// </summary>
internal sealed class CrashLog
{
    private readonly Logger logger;
    private readonly Serilog.ILogger log;
    private readonly TextWriter error;
    private readonly SecretScrubber scrubber;
    private readonly Action<int> exit;
    private readonly ManualResetEventSlim exited = new();
    private int reported;

    /// <summary>Prepares the report; nothing is watched until <see cref="Attach"/>.</summary>
    /// <param name="logger">The node's logger; disposed (so flushed) by the report.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="secrets">Values that must never be written.</param>
    /// <param name="exit">Ends the process with a code (<see cref="Environment.Exit"/>; a test passes its own).</param>
    public CrashLog(Logger logger, TextWriter error, IEnumerable<string> secrets, Action<int> exit)
    {
        this.logger = logger;
        log = logger.ForContext(Constants.SourceContextPropertyName, "FractalTrader.Host");
        this.error = error;
        scrubber = new SecretScrubber(secrets);
        this.exit = exit;
    }

    /// <summary>Reports every unhandled exception and unobserved task failure of the process from now on, until disposed.</summary>
    public IDisposable Attach()
    {
        AppDomain.CurrentDomain.UnhandledException += OnUnhandled;
        TaskScheduler.UnobservedTaskException += OnUnobserved;
        return new Detachment(this);
    }

    /// <summary>Logs a task's failure that no one awaited; the node carries on.</summary>
    public void ReportUnobserved(AggregateException failure)
    {
        log.Error("A background task failed and nothing awaited it: {Failure}", scrubber.Scrub(failure.ToString()));
    }

    /// <summary>
    /// Writes the report for <paramref name="exception"/> and exits. Another thread failing meanwhile
    /// waits until the first report has exited: returning would let the runtime print its raw
    /// exception and abort the process before the first report is written.
    /// </summary>
    public void Report(object exception)
    {
        if (Interlocked.Exchange(ref reported, 1) == 1)
        {
            exited.Wait();
            return;
        }

        var text = scrubber.Scrub(exception.ToString() ?? exception.GetType().FullName ?? "unknown");
        var firstLine = text.Split('\n', 2)[0].TrimEnd('\r');
        log.Fatal("Unhandled exception; the node stops (exit code {ExitCode}): {Failure}", Hosting.NodeHost.Crashed, text);
        logger.Dispose();
        error.WriteLine($"fractal-node: crashed on an unhandled exception, exit code {Hosting.NodeHost.Crashed}: {firstLine} (the log has the stack)");
        error.Flush();
        exit(Hosting.NodeHost.Crashed);

        // Reached only when exit returns (a test's): lets a second report go on.
        exited.Set();
    }

    private void OnUnhandled(object? sender, UnhandledExceptionEventArgs e) => Report(e.ExceptionObject);

    private void OnUnobserved(object? sender, UnobservedTaskExceptionEventArgs e) => ReportUnobserved(e.Exception);

    private sealed class Detachment(CrashLog crashLog) : IDisposable
    {
        public void Dispose()
        {
            AppDomain.CurrentDomain.UnhandledException -= crashLog.OnUnhandled;
            TaskScheduler.UnobservedTaskException -= crashLog.OnUnobserved;
        }
    }
}
