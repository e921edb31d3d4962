using Microsoft.Extensions.Logging;

namespace FractalTrader.TestKit;

/// <summary>Builds <see cref="EventFilter"/>s, as <c>EventFilter.Error(...)</c> does in Akka.TestKit. Immutable.</summary>
public sealed class EventFilterFactory
{
    private readonly LogCapture capture;

    internal EventFilterFactory(LogCapture capture)
    {
        this.capture = capture;
    }

    /// <summary>Error (or critical) log lines; optionally by exact message, a part of it, its start, or the actor path (<paramref name="source"/>).</summary>
    public EventFilter Error(string? message = null, string? contains = null, string? start = null, string? source = null) =>
        Log("error", l => l is LogLevel.Error or LogLevel.Critical, message, contains, start, source, exceptionType: null);

    /// <summary>Warning log lines.</summary>
    public EventFilter Warning(string? message = null, string? contains = null, string? start = null, string? source = null) =>
        Log("warning", l => l == LogLevel.Warning, message, contains, start, source, exceptionType: null);

    /// <summary>Information log lines.</summary>
    public EventFilter Info(string? message = null, string? contains = null, string? start = null, string? source = null) =>
        Log("info", l => l == LogLevel.Information, message, contains, start, source, exceptionType: null);

    /// <summary>Debug log lines.</summary>
    public EventFilter Debug(string? message = null, string? contains = null, string? start = null, string? source = null) =>
        Log("debug", l => l == LogLevel.Debug, message, contains, start, source, exceptionType: null);

    /// <summary>Log lines of any level carrying an exception of type <typeparamref name="TException"/> (or a subclass).</summary>
    public EventFilter Exception<TException>(string? message = null, string? contains = null, string? source = null)
        where TException : Exception => Exception(typeof(TException), message, contains, source);

    /// <summary>Log lines of any level carrying an exception of type <paramref name="exceptionType"/> (or a subclass).</summary>
    public EventFilter Exception(Type exceptionType, string? message = null, string? contains = null, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(exceptionType);
        return Log($"exception {exceptionType.Name}", _ => true, message, contains, start: null, source, exceptionType);
    }

    /// <summary>Dead letters whose message is a <typeparamref name="T"/> (that <paramref name="isMatch"/> accepts).</summary>
    public EventFilter DeadLetter<T>(Func<T, bool>? isMatch = null) =>
        new(capture, $"dead letter {typeof(T).Name}", null, d => d is Runtime.DeadLetter && d.Message is T typed && (isMatch is null || isMatch(typed)));

    /// <summary>Messages of type <typeparamref name="T"/> dropped by bounded mailboxes.</summary>
    public EventFilter Dropped<T>(Func<T, bool>? isMatch = null) =>
        new(capture, $"dropped {typeof(T).Name}", null, d => d is Runtime.Dropped && d.Message is T typed && (isMatch is null || isMatch(typed)));

    private EventFilter Log(string level, Func<LogLevel, bool> levelMatch, string? message, string? contains, string? start, string? source, Type? exceptionType)
    {
        var description = $"{level}{Describe("message", message)}{Describe("containing", contains)}{Describe("starting", start)}{Describe("from", source)}";
        return new EventFilter(
            capture,
            description,
            e => levelMatch(e.Level)
                && (message is null || string.Equals(e.Message, message, StringComparison.Ordinal))
                && (contains is null || e.Message.Contains(contains, StringComparison.Ordinal))
                && (start is null || e.Message.StartsWith(start, StringComparison.Ordinal))
                && (source is null || string.Equals(e.ActorPath, source, StringComparison.Ordinal))
                && (exceptionType is null || exceptionType.IsInstanceOfType(e.Exception)),
            null);
    }

    private static string Describe(string what, string? value) => value is null ? string.Empty : $" {what} '{value}'";
}
