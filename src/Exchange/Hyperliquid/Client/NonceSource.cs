namespace FractalTrader.Exchange.Hyperliquid.Client;

/// <summary>
/// Nonces for one signer: the current time in ms, but always above the last one handed out, so
/// concurrent requests never share a nonce. Thread-safe.
/// </summary>
public sealed class NonceSource(TimeProvider time)
{
    private long last;

    /// <summary>The next nonce.</summary>
    public ulong Next()
    {
        while (true)
        {
            var previous = Interlocked.Read(ref last);
            var candidate = Math.Max(time.GetUtcNow().ToUnixTimeMilliseconds(), previous + 1);
            if (Interlocked.CompareExchange(ref last, candidate, previous) == previous)
            {
                return (ulong)candidate;
            }
        }
    }
}
