namespace FractalTrader.Exchange.Hyperliquid.Venue;

/// <summary>What the fake venue has seen, for tests and drills. Thread-safe.</summary>
public sealed class VenueTraffic
{
    private readonly Lock gate = new();
    private readonly Queue<(DateTimeOffset Time, int Weight)> window = new();
    private int windowWeight;

    /// <summary>Requests received (all endpoints).</summary>
    public int Requests { get; private set; }

    /// <summary>429s answered because a fault was injected.</summary>
    public int InjectedRateLimits { get; private set; }

    /// <summary>429s answered because the client exceeded the weight budget.</summary>
    public int BudgetRateLimits { get; private set; }

    /// <summary>Exchange actions rejected because the recovered signer is unknown.</summary>
    public int UnknownSigners { get; private set; }

    /// <summary>The most weight ever admitted within one minute.</summary>
    public int PeakWeightPerMinute { get; private set; }

    internal void CountRequest()
    {
        lock (gate)
        {
            Requests++;
        }
    }

    internal void CountInjectedRateLimit()
    {
        lock (gate)
        {
            InjectedRateLimits++;
        }
    }

    internal void CountUnknownSigner()
    {
        lock (gate)
        {
            UnknownSigners++;
        }
    }

    /// <summary>Admits <paramref name="weight"/> at <paramref name="now"/> if the last minute's total stays within <paramref name="budget"/>.</summary>
    internal bool TryAdmit(DateTimeOffset now, int weight, int budget)
    {
        lock (gate)
        {
            while (window.Count > 0 && window.Peek().Time <= now - TimeSpan.FromMinutes(1))
            {
                windowWeight -= window.Dequeue().Weight;
            }

            if (windowWeight + weight > budget)
            {
                BudgetRateLimits++;
                return false;
            }

            window.Enqueue((now, weight));
            windowWeight += weight;
            PeakWeightPerMinute = Math.Max(PeakWeightPerMinute, windowWeight);
            return true;
        }
    }

    /// <summary>Charges weight after the fact (items returned), without refusing.</summary>
    internal void Charge(DateTimeOffset now, int weight)
    {
        if (weight <= 0)
        {
            return;
        }

        lock (gate)
        {
            window.Enqueue((now, weight));
            windowWeight += weight;
            PeakWeightPerMinute = Math.Max(PeakWeightPerMinute, windowWeight);
        }
    }
}
