using Microsoft.Extensions.Logging;

namespace FractalTrader.Actors.Tests.Node;

/// <summary>Keeps every formatted log line of a node's actor system, so a test can see what an operator would read, and wait for a line.</summary>
internal sealed class LogLines : ILoggerProvider
{
    private readonly Lock gate = new();
    private readonly List<(LogLevel Level, string Text)> lines = [];
    private TaskCompletionSource arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<(LogLevel Level, string Text)> All
    {
        get
        {
            lock (gate)
            {
                return [.. lines];
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new Writer(this);

    /// <summary>The first line (already logged or still to come) containing <paramref name="text"/>.</summary>
    public async Task<string> WaitFor(string text)
    {
        using var cancel = new CancellationTokenSource(NodeHarness.Patience);
        while (true)
        {
            Task next;
            lock (gate)
            {
                if (lines.FirstOrDefault(l => l.Text.Contains(text, StringComparison.Ordinal)) is { Text: { } found })
                {
                    return found;
                }

                next = arrived.Task;
            }

            try
            {
                await next.WaitAsync(cancel.Token);
            }
            catch (OperationCanceledException e)
            {
                throw new TimeoutException($"No log line containing '{text}'; logged: {string.Join(" | ", All.Select(l => l.Text))}", e);
            }
        }
    }

    public void Dispose()
    {
    }

    private void Add(LogLevel level, string text)
    {
        TaskCompletionSource done;
        lock (gate)
        {
            lines.Add((level, text));
            done = arrived;
            arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        done.SetResult();
    }

    private sealed class Writer(LogLines owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Add(logLevel, formatter(state, exception));
    }
}
