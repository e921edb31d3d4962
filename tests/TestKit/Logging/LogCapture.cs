using FractalTrader.Runtime;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace FractalTrader.TestKit;

/// <summary>
/// Records what the system under test logs and which messages became dead letters, for
/// <see cref="EventFilter"/>; also writes log lines to the test's output when given one.
/// Thread-safe; waiters are woken on each new event.
/// </summary>
internal sealed class LogCapture : ILoggerProvider, ISupportExternalScope
{
    // A monitor, not a Lock: waiters use Monitor.Wait to sleep until the next event.
    private readonly object gate = new();
    private readonly List<CapturedLogEvent> logEvents = [];
    private readonly List<AllDeadLetters> deadLetters = [];
    private readonly ITestOutputHelper? output;
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public LogCapture(ITestOutputHelper? output)
    {
        this.output = output;
    }

    public IReadOnlyList<CapturedLogEvent> LogEvents
    {
        get
        {
            lock (gate)
            {
                return [.. logEvents];
            }
        }
    }

    public IReadOnlyList<AllDeadLetters> DeadLetters
    {
        get
        {
            lock (gate)
            {
                return [.. deadLetters];
            }
        }
    }

    public (int Logs, int DeadLetters) Mark()
    {
        lock (gate)
        {
            return (logEvents.Count, deadLetters.Count);
        }
    }

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Add(AllDeadLetters letter)
    {
        lock (gate)
        {
            deadLetters.Add(letter);
            Monitor.PulseAll(gate);
        }
    }

    /// <summary>Waits until <paramref name="condition"/> over the events holds, or the timeout passes; says whether it held.</summary>
    public bool WaitUntil(Func<IReadOnlyList<CapturedLogEvent>, IReadOnlyList<AllDeadLetters>, bool> condition, TimeSpan timeout)
    {
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        lock (gate)
        {
            while (!condition(logEvents, deadLetters))
            {
                var left = timeout - System.Diagnostics.Stopwatch.GetElapsedTime(start);
                if (left <= TimeSpan.Zero)
                {
                    return false;
                }

                Monitor.Wait(gate, left);
            }

            return true;
        }
    }

    public void Dispose()
    {
        // Nothing to release: events stay readable after the system is gone.
    }

    private void Add(CapturedLogEvent logEvent)
    {
        lock (gate)
        {
            logEvents.Add(logEvent);
            Monitor.PulseAll(gate);
        }

        if (output is null)
        {
            return;
        }

        try
        {
            output.WriteLine($"[{logEvent.Level}] {logEvent.ActorPath ?? logEvent.Category}: {logEvent.Message}{(logEvent.Exception is null ? string.Empty : Environment.NewLine + logEvent.Exception)}");
        }
        catch (InvalidOperationException)
        {
            // The test has finished; its output helper no longer accepts lines.
        }
    }

    private sealed class CapturingLogger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => capture.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var actorPath = new string?[1];
            capture.scopes.ForEachScope(
                static (scope, found) =>
                {
                    if (scope is IEnumerable<KeyValuePair<string, object?>> properties)
                    {
                        foreach (var (key, value) in properties)
                        {
                            if (string.Equals(key, "ActorPath", StringComparison.Ordinal))
                            {
                                found[0] = value?.ToString();
                            }
                        }
                    }
                },
                actorPath);
            capture.Add(new CapturedLogEvent(logLevel, category, formatter(state, exception), exception, actorPath[0]));
        }
    }
}
