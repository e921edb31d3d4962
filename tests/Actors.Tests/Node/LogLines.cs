using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace FractalTrader.Actors.Tests.Node;

/// <summary>Keeps every formatted log line of a node's actor system, so a test can see what an operator would read.</summary>
internal sealed class LogLines : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Text)> lines = new();

    public IReadOnlyList<(LogLevel Level, string Text)> All => [.. lines];

    public ILogger CreateLogger(string categoryName) => new Writer(lines);

    public void Dispose()
    {
    }

    private sealed class Writer(ConcurrentQueue<(LogLevel Level, string Text)> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue((logLevel, formatter(state, exception)));
    }
}
