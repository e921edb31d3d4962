using System.Diagnostics;

namespace FractalTrader.TestKit;

/// <summary>Blocks bounded in (real) time, and waiting for conditions.</summary>
public abstract partial class TestKitBase
{
    /// <summary>Runs <paramref name="action"/>, which must finish within <paramref name="max"/>; expectations inside default to the time left.</summary>
    public void Within(TimeSpan max, Action action) => Within(TimeSpan.Zero, max, action);

    /// <summary>Runs <paramref name="action"/>, which must take between <paramref name="min"/> and <paramref name="max"/>.</summary>
    public void Within(TimeSpan min, TimeSpan max, Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        Within(min, max, () =>
        {
            action();
            return true;
        });
    }

    /// <summary>Runs <paramref name="function"/> within <paramref name="max"/> and returns its result.</summary>
    public T Within<T>(TimeSpan max, Func<T> function) => Within(TimeSpan.Zero, max, function);

    /// <summary>Runs <paramref name="function"/>, which must take between <paramref name="min"/> and <paramref name="max"/>, and returns its result.</summary>
    public T Within<T>(TimeSpan min, TimeSpan max, Func<T> function)
    {
        ArgumentNullException.ThrowIfNull(function);
        var start = Stopwatch.GetTimestamp();
        var outer = withinDeadline;
        var dilated = Dilated(max);
        var deadline = start + (long)(dilated.TotalSeconds * Stopwatch.Frequency);
        withinDeadline = outer is { } o && o < deadline ? o : deadline;
        try
        {
            var result = function();
            var elapsed = Stopwatch.GetElapsedTime(start);
            if (elapsed < min)
            {
                throw Fail($"The block took {elapsed}, less than the minimum {min}.");
            }

            if (elapsed > dilated)
            {
                throw Fail($"The block took {elapsed}, more than the maximum {dilated}.");
            }

            return result;
        }
        finally
        {
            withinDeadline = outer;
        }
    }

    /// <summary>Runs <paramref name="action"/>, which must finish within <paramref name="max"/>, asynchronously.</summary>
    public async Task WithinAsync(TimeSpan max, Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var start = Stopwatch.GetTimestamp();
        var dilated = Dilated(max);
        var outer = withinDeadline;
        withinDeadline = start + (long)(dilated.TotalSeconds * Stopwatch.Frequency);
        try
        {
            await action().ConfigureAwait(false);
        }
        finally
        {
            withinDeadline = outer;
        }

        var elapsed = Stopwatch.GetElapsedTime(start);
        if (elapsed > dilated)
        {
            throw Fail($"The block took {elapsed}, more than the maximum {dilated}.");
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds, checking every <paramref name="interval"/> (100 ms when null).</summary>
    /// <exception cref="TestKitAssertionException">It did not hold within <paramref name="max"/>.</exception>
    public void AwaitCondition(Func<bool> condition, TimeSpan? max = null, TimeSpan? interval = null, string? message = null) =>
        AwaitConditionAsync(condition, max, interval, message).GetAwaiter().GetResult();

    /// <summary>Waits until <paramref name="condition"/> holds, asynchronously.</summary>
    public async Task AwaitConditionAsync(Func<bool> condition, TimeSpan? max = null, TimeSpan? interval = null, string? message = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var total = TimeoutOrRemaining(max);
        var start = Stopwatch.GetTimestamp();
        while (!condition())
        {
            if (Stopwatch.GetElapsedTime(start) > total)
            {
                throw Fail($"Timeout ({total}) waiting for a condition{(message is null ? string.Empty : $": {message}")}.");
            }

            await Task.Delay(interval ?? TimeSpan.FromMilliseconds(100)).ConfigureAwait(false);
        }
    }

    /// <summary>Retries <paramref name="assertion"/> every <paramref name="interval"/> (100 ms when null) until it passes; rethrows its last failure after <paramref name="duration"/>.</summary>
    public void AwaitAssert(Action assertion, TimeSpan? duration = null, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        AwaitAssertAsync(
            () =>
            {
                assertion();
                return Task.CompletedTask;
            },
            duration,
            interval).GetAwaiter().GetResult();
    }

    /// <summary>Retries <paramref name="assertion"/> until it passes, asynchronously.</summary>
    public async Task AwaitAssertAsync(Func<Task> assertion, TimeSpan? duration = null, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        var total = TimeoutOrRemaining(duration);
        var start = Stopwatch.GetTimestamp();
        while (true)
        {
            try
            {
                await assertion().ConfigureAwait(false);
                return;
            }
            catch (Exception) when (Stopwatch.GetElapsedTime(start) <= total)
            {
                await Task.Delay(interval ?? TimeSpan.FromMilliseconds(100)).ConfigureAwait(false);
            }
        }
    }
}
