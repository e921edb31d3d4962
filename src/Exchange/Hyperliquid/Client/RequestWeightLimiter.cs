// Written by hand: System.Threading.RateLimiting's window limiters time their replenishment with a
// real stopwatch even when replenished manually, so they cannot follow an injected TimeProvider
// (tests drive time with a manual clock). This is the small part we need: a weighted sliding minute.
namespace FractalTrader.Exchange.Hyperliquid.Client;

/// <summary>
/// Keeps the client within its per-minute request weight: an exact sliding window over the last
/// minute of the <see cref="TimeProvider"/>, plus a pause of all requests after a 429 that doubles
/// while 429s continue. Thread-safe.
/// </summary>
public sealed class RequestWeightLimiter : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan MaxCooldown = TimeSpan.FromSeconds(30);
    private readonly int limit;
    private readonly TimeProvider time;
    private readonly TimeSpan firstCooldown;
    private readonly Lock gate = new();
    private readonly Queue<(DateTimeOffset Time, int Weight)> spent = new();
    private int spentWeight;
    private DateTimeOffset pausedUntil = DateTimeOffset.MinValue;
    private TimeSpan nextCooldown;
    private int waiting;

    /// <summary>Creates the limiter.</summary>
    public RequestWeightLimiter(int weightPerMinute, TimeSpan cooldown, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weightPerMinute);
        limit = weightPerMinute;
        this.time = time ?? throw new ArgumentNullException(nameof(time));
        firstCooldown = nextCooldown = cooldown;
    }

    /// <summary>Raised (on the calling thread) when a request has to wait for time to pass: tests advance their clock on it.</summary>
    public event EventHandler? Waiting;

    /// <summary>Requests currently waiting for weight or for a cooldown to end.</summary>
    public int WaitingCount => Volatile.Read(ref waiting);

    /// <summary>Waits until <paramref name="weight"/> fits the last minute's budget and no 429 cooldown is running.</summary>
    public async Task AcquireAsync(int weight, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (gate)
            {
                var now = time.GetUtcNow();
                while (spent.Count > 0 && spent.Peek().Time <= now - Window)
                {
                    spentWeight -= spent.Dequeue().Weight;
                }

                if (pausedUntil > now)
                {
                    wait = pausedUntil - now;
                }
                else if (spentWeight + weight <= limit || spent.Count == 0)
                {
                    spent.Enqueue((now, weight));
                    spentWeight += weight;
                    return;
                }
                else
                {
                    wait = spent.Peek().Time + Window - now;
                }
            }

            Interlocked.Increment(ref waiting);
            try
            {
                Waiting?.Invoke(this, EventArgs.Empty);
                await Task.Delay(wait, time, cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref waiting);
            }
        }
    }

    /// <summary>Charges weight learned after the fact (items returned), waiting if the window is full.</summary>
    public Task ChargeAsync(int weight, CancellationToken cancellationToken) =>
        weight > 0 ? AcquireAsync(weight, cancellationToken) : Task.CompletedTask;

    /// <summary>The venue answered 429: pause everything for the current cooldown and double it.</summary>
    public TimeSpan RateLimited()
    {
        lock (gate)
        {
            var cooldown = nextCooldown;
            pausedUntil = time.GetUtcNow() + cooldown;
            nextCooldown = cooldown * 2 > MaxCooldown ? MaxCooldown : cooldown * 2;
            return cooldown;
        }
    }

    /// <summary>A request succeeded: 429 cooldowns start from the beginning again.</summary>
    public void Succeeded()
    {
        lock (gate)
        {
            nextCooldown = firstCooldown;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // Nothing to release: waits are plain delays on the clock, cancelled by their callers.
    }
}
