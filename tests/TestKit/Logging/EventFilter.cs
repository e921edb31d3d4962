using FractalTrader.Runtime;

namespace FractalTrader.TestKit;

/// <summary>
/// Expects log lines or dead letters while a block runs (Akka.TestKit's <c>EventFilter</c>):
/// <c>EventFilter.Exception&lt;InvalidOperationException&gt;().ExpectOne(() =&gt; actor.Tell("boom"))</c>.
/// Counts only what happens from the start of the block; waits (up to the default timeout) until
/// the expected number has been seen, then requires exactly that many. Immutable.
/// </summary>
public sealed class EventFilter
{
    private readonly LogCapture capture;
    private readonly string description;
    private readonly Func<CapturedLogEvent, bool>? logMatch;
    private readonly Func<AllDeadLetters, bool>? deadLetterMatch;

    internal EventFilter(LogCapture capture, string description, Func<CapturedLogEvent, bool>? logMatch, Func<AllDeadLetters, bool>? deadLetterMatch)
    {
        this.capture = capture;
        this.description = description;
        this.logMatch = logMatch;
        this.deadLetterMatch = deadLetterMatch;
    }

    /// <summary>How many matching events the test has seen so far, from the system's start.</summary>
    public int MatchedSoFar => CountSince((0, 0));

    /// <summary>Runs <paramref name="action"/> and expects exactly one matching event.</summary>
    public void ExpectOne(Action action) => Expect(1, action);

    /// <summary>Runs <paramref name="action"/>, returns its result, and expects exactly one matching event.</summary>
    public T ExpectOne<T>(Func<T> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var result = default(T)!;
        Expect(1, () => result = action());
        return result;
    }

    /// <summary>Runs <paramref name="action"/> and expects exactly <paramref name="expected"/> matching events.</summary>
    /// <exception cref="TestKitAssertionException">A different number was seen.</exception>
    public void Expect(int expected, Action action, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        var mark = capture.Mark();
        action();
        Verify(expected, mark, timeout);
    }

    /// <summary>Runs <paramref name="action"/> and expects exactly one matching event, asynchronously.</summary>
    public Task ExpectOneAsync(Func<Task> action) => ExpectAsync(1, action);

    /// <summary>Runs <paramref name="action"/> and expects exactly <paramref name="expected"/> matching events, asynchronously.</summary>
    public async Task ExpectAsync(int expected, Func<Task> action, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        var mark = capture.Mark();
        await action().ConfigureAwait(false);
        await Task.Run(() => Verify(expected, mark, timeout)).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override string ToString() => description;

    private void Verify(int expected, (int Logs, int DeadLetters) mark, TimeSpan? timeout)
    {
        var wait = timeout ?? TestKitSettings.DefaultTimeout;
        capture.WaitUntil((logs, letters) => Count(logs, letters, mark) >= expected, wait);
        var seen = CountSince(mark);
        if (seen != expected)
        {
            throw new TestKitAssertionException($"Expected {expected} event(s) matching {description}, saw {seen}.");
        }
    }

    private int CountSince((int Logs, int DeadLetters) mark) => Count(capture.LogEvents, capture.DeadLetters, mark);

    private int Count(IReadOnlyList<CapturedLogEvent> logs, IReadOnlyList<AllDeadLetters> letters, (int Logs, int DeadLetters) mark)
    {
        var count = 0;
        if (logMatch is not null)
        {
            for (var i = mark.Logs; i < logs.Count; i++)
            {
                count += logMatch(logs[i]) ? 1 : 0;
            }
        }

        if (deadLetterMatch is not null)
        {
            for (var i = mark.DeadLetters; i < letters.Count; i++)
            {
                count += deadLetterMatch(letters[i]) ? 1 : 0;
            }
        }

        return count;
    }
}
