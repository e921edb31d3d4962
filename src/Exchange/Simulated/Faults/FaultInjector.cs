namespace FractalTrader.Exchange.Simulated.Faults;

/// <summary>
/// Decides, occurrence by occurrence, whether a fault strikes: scripted rules first, then
/// probabilistic ones drawn from a seeded generator, so a run is reproducible. Thread-safe.
/// </summary>
public sealed class FaultInjector
{
    private readonly FaultPlan plan;
    private readonly Random random;
    private readonly Lock gate = new();
    private readonly long[] occurrences = new long[Enum.GetValues<FaultPoint>().Length];
    private readonly long[] struck = new long[Enum.GetValues<FaultKind>().Length];

    /// <summary>Creates the injector.</summary>
    public FaultInjector(FaultPlan plan, int seed)
    {
        this.plan = plan ?? throw new ArgumentNullException(nameof(plan));
        random = new Random(seed);
    }

    /// <summary>Counts one occurrence at <paramref name="point"/> and returns the fault that strikes it, if any.</summary>
    public FaultKind? Next(FaultPoint point)
    {
        if (plan.Rules.Count == 0)
        {
            return null;
        }

        lock (gate)
        {
            var n = ++occurrences[(int)point];
            FaultKind? hit = null;
            foreach (var rule in plan.Rules)
            {
                if (rule.Point != point)
                {
                    continue;
                }

                if (rule.Probability is { } p ? random.NextDouble() < p : n >= rule.From && n < rule.From + rule.Count)
                {
                    hit ??= rule.Kind;
                }
            }

            if (hit is { } kind)
            {
                struck[(int)kind]++;
            }

            return hit;
        }
    }

    /// <summary>How many times <paramref name="kind"/> has struck.</summary>
    public long Count(FaultKind kind)
    {
        lock (gate)
        {
            return struck[(int)kind];
        }
    }
}
