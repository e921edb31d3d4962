namespace FractalTrader.Exchange.Simulated.Faults;

/// <summary>
/// One fault: by probability (each occurrence at its point strikes with <see cref="Probability"/>)
/// or by script (occurrences <see cref="From"/> … <see cref="From"/> + <see cref="Count"/> − 1, 1-based). Immutable.
/// </summary>
/// <param name="Kind">The fault.</param>
/// <param name="Probability">Chance per occurrence, or null for a scripted rule.</param>
/// <param name="From">First occurrence struck (scripted rules).</param>
/// <param name="Count">How many consecutive occurrences are struck (scripted rules).</param>
public sealed record FaultRule(FaultKind Kind, double? Probability, long From = 0, long Count = 0)
{
    /// <summary>The point whose occurrences this rule counts.</summary>
    public FaultPoint Point => Kind switch
    {
        FaultKind.RateLimit => FaultPoint.Request,
        FaultKind.Disconnect or FaultKind.Duplicate or FaultKind.Reorder => FaultPoint.StreamEvent,
        _ => FaultPoint.OrderAction,
    };
}
