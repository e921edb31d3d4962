namespace FractalTrader.TestKit;

/// <summary>Receiving several messages, or fishing for one.</summary>
public abstract partial class TestKitBase
{
    /// <summary>The next message, or <see langword="null"/> when none arrives within <paramref name="timeout"/>.</summary>
    public object? ReceiveOne(TimeSpan? timeout = null) => ReceiveEnvelope(TimeoutOrRemaining(timeout))?.Message;

    /// <summary>The next <paramref name="count"/> messages, all within <paramref name="timeout"/>.</summary>
    /// <exception cref="TestKitAssertionException">Fewer arrived in time.</exception>
    public IReadOnlyList<object> ReceiveN(int count, TimeSpan? timeout = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var total = TimeoutOrRemaining(timeout);
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        var messages = new List<object>(count);
        while (messages.Count < count)
        {
            var left = total - System.Diagnostics.Stopwatch.GetElapsedTime(start);
            var envelope = ReceiveEnvelope(left)
                ?? throw Fail($"Timeout ({total}) waiting for {count} messages; got {messages.Count}: {string.Join(", ", messages.Select(Show))}.");
            messages.Add(envelope.Message);
        }

        return messages;
    }

    /// <summary>Receives messages, skipping those <paramref name="isMessage"/> rejects, until one is accepted; returns it.</summary>
    /// <exception cref="TestKitAssertionException">None accepted within <paramref name="timeout"/>.</exception>
    public object FishForMessage(Predicate<object> isMessage, TimeSpan? timeout = null, string? hint = null) =>
        FishForMessage<object>(isMessage, timeout, hint);

    /// <summary>Receives messages, skipping all but a <typeparamref name="T"/> that <paramref name="isMessage"/> accepts; returns it.</summary>
    public T FishForMessage<T>(Predicate<T> isMessage, TimeSpan? timeout = null, string? hint = null)
    {
        ArgumentNullException.ThrowIfNull(isMessage);
        var total = TimeoutOrRemaining(timeout);
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        var skipped = new List<object>();
        while (true)
        {
            var left = total - System.Diagnostics.Stopwatch.GetElapsedTime(start);
            var envelope = ReceiveEnvelope(left)
                ?? throw Fail($"Timeout ({total}) fishing for a {typeof(T).Name}{(hint is null ? string.Empty : $" ({hint})")}; skipped {skipped.Count}: {string.Join(", ", skipped.Take(10).Select(Show))}.");
            if (envelope.Message is T typed && isMessage(typed))
            {
                return typed;
            }

            skipped.Add(envelope.Message);
        }
    }

    /// <summary>Receives messages, skipping all but a <typeparamref name="T"/> that <paramref name="isMessage"/> accepts, asynchronously.</summary>
    public async Task<T> FishForMessageAsync<T>(Predicate<T> isMessage, TimeSpan? timeout = null, string? hint = null)
    {
        ArgumentNullException.ThrowIfNull(isMessage);
        var total = TimeoutOrRemaining(timeout);
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        while (true)
        {
            var left = total - System.Diagnostics.Stopwatch.GetElapsedTime(start);
            var envelope = await ReceiveEnvelopeAsync(left).ConfigureAwait(false)
                ?? throw Fail($"Timeout ({total}) fishing for a {typeof(T).Name}{(hint is null ? string.Empty : $" ({hint})")}.");
            if (envelope.Message is T typed && isMessage(typed))
            {
                return typed;
            }
        }
    }
}
