namespace FractalTrader.Exchange.Accounts;

/// <summary>
/// Lets each fill through once, whether it arrives live, duplicated, or again in a gap-fill after
/// a reconnect, and remembers the latest fill time so a gap-fill knows where to start.
/// Not thread-safe: one per stream consumer.
/// </summary>
public sealed class FillDeduplication
{
    private readonly HashSet<long> seen = [];

    /// <summary>Starts with fills from <paramref name="since"/> on.</summary>
    public FillDeduplication(DateTimeOffset since)
    {
        LastSeenTime = since;
    }

    /// <summary>The time of the newest fill let through (or the start): gap-fills ask from here.</summary>
    public DateTimeOffset LastSeenTime { get; private set; }

    /// <summary>Whether <paramref name="fill"/> is new (and records it).</summary>
    public bool Admit(Fill fill)
    {
        ArgumentNullException.ThrowIfNull(fill);
        if (!seen.Add(fill.TradeId))
        {
            return false;
        }

        if (fill.Time > LastSeenTime)
        {
            LastSeenTime = fill.Time;
        }

        return true;
    }
}
