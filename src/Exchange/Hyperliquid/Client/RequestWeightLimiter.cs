using System.Threading.RateLimiting;

namespace FractalTrader.Exchange.Hyperliquid.Client;

/// <summary>
/// Keeps the client within its per-minute request weight: a sliding window of 60 one-second
/// segments (System.Threading.RateLimiting, replenished from the <see cref="TimeProvider"/> so
/// tests drive it with a manual clock), plus a pause of all requests after a 429 that doubles
/// while 429s continue. Thread-safe.
/// </summary>
public sealed class RequestWeightLimiter : IDisposable
{
    private static readonly TimeSpan MaxCooldown = TimeSpan.FromSeconds(30);
    private readonly SlidingWindowRateLimiter window;
    private readonly ITimer replenisher;
    private readonly TimeProvider time;
    private readonly TimeSpan firstCooldown;
    private readonly Lock gate = new();
    private DateTimeOffset pausedUntil = DateTimeOffset.MinValue;
    private TimeSpan nextCooldown;
    private int waiting;

    /// <summary>Creates the limiter.</summary>
    public RequestWeightLimiter(int weightPerMinute, TimeSpan cooldown, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weightPerMinute);
        this.time = time ?? throw new ArgumentNullException(nameof(time));
        firstCooldown = nextCooldown = cooldown;
        window = new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
        {
            PermitLimit = weightPerMinute,
            Window = TimeSpan.FromMinutes(1),
            SegmentsPerWindow = 60,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = false,
        });
        replenisher = time.CreateTimer(_ => window.TryReplenish(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    /// <summary>Raised (on the calling thread) when a request has to wait for time to pass: tests advance their clock on it.</summary>
    public event EventHandler? Waiting;

    /// <summary>Requests currently waiting for weight or for a cooldown to end.</summary>
    public int WaitingCount => Volatile.Read(ref waiting);

    /// <summary>Waits until <paramref name="weight"/> fits the window and no 429 cooldown is running.</summary>
    public async Task AcquireAsync(int weight, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref waiting);
        try
        {
            while (true)
            {
                DateTimeOffset until;
                lock (gate)
                {
                    until = pausedUntil;
                }

                var pause = until - time.GetUtcNow();
                if (pause <= TimeSpan.Zero)
                {
                    break;
                }

                Waiting?.Invoke(this, EventArgs.Empty);
                await Task.Delay(pause, time, cancellationToken);
            }

            var lease = window.AttemptAcquire(weight);
            if (!lease.IsAcquired)
            {
                lease.Dispose();
                Waiting?.Invoke(this, EventArgs.Empty);
                lease = await window.AcquireAsync(weight, cancellationToken);
            }

            using (lease)
            {
                if (!lease.IsAcquired)
                {
                    throw new InvalidOperationException($"A request of weight {weight} exceeds the limiter's whole window.");
                }
            }
        }
        finally
        {
            Interlocked.Decrement(ref waiting);
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
        replenisher.Dispose();
        window.Dispose();
    }
}
