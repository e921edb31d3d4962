namespace FractalTrader.Trading.Risk;

/// <summary>
/// Sizes a signal as the original does (spec §5.1: risk % × confidence, volatility and streak
/// factors, a notional cap), then as a venue needs it: rounded down to whole lots and refused below
/// the minimum order value. Unlike the original it refuses when equity is unknown instead of
/// assuming $100,000. Stateless and thread-safe.
/// </summary>
public static class PositionSizer
{
    /// <summary>Sizes one signal; every refusal carries its reason.</summary>
    public static SizingDecision Size(SizingRequest request, SizingRules rules, InstrumentRules instrument)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(instrument);
        return Measure(request.Equity, request.Entry, request.StopLoss, request.Confidence, request.CurrentAtr, request.BaselineAtr, request.ConsecutiveWins, request.ConsecutiveLosses, rules, instrument).ToDecision();
    }

    /// <summary>The sizing of <see cref="Size"/>, as figures (the reason is written when read).</summary>
    internal static SizingOutcome Measure(
        decimal? equityOrUnknown,
        decimal entry,
        decimal stopLoss,
        int confidence,
        decimal? currentAtr,
        decimal? baselineAtr,
        int consecutiveWins,
        int consecutiveLosses,
        SizingRules rules,
        InstrumentRules instrument)
    {
        if (Invalid(equityOrUnknown, entry, stopLoss, confidence, currentAtr, baselineAtr, consecutiveWins, consecutiveLosses, rules) is { } refusal)
        {
            return SizingOutcome.Invalid(refusal, rules, instrument);
        }

        var equity = equityOrUnknown!.Value;
        var riskAmount = equity * rules.BaseRiskPercent * confidence / 100m;
        var volatility = 1m;
        if (currentAtr is > 0 && baselineAtr is > 0)
        {
            volatility = Math.Clamp(baselineAtr.Value / currentAtr.Value, rules.VolatilityFloor, rules.VolatilityCap);
        }

        var streak = consecutiveWins >= rules.ConsecutiveWinsReduce ? rules.WinReductionFactor
            : consecutiveLosses >= rules.ConsecutiveLossesReduce ? rules.LossReductionFactor
            : 1m;
        var riskPerUnit = Math.Abs(entry - stopLoss);
        var riskSize = riskAmount * volatility * streak / riskPerUnit;
        var cap = equity * rules.MaxPositionPercent / entry;
        var capped = Math.Min(riskSize, cap);
        var size = instrument.RoundDown(capped);
        var notional = size * entry;
        var verdict = size <= 0 ? SizingVerdict.RoundsToZero
            : notional < instrument.MinOrderValue ? SizingVerdict.BelowMinimum
            : riskSize <= cap ? SizingVerdict.RiskBudget
            : SizingVerdict.NotionalCap;
        var approved = verdict is SizingVerdict.RiskBudget or SizingVerdict.NotionalCap;
        return new SizingOutcome(verdict, null, rules, instrument, riskAmount, volatility, streak, riskSize, capped, approved ? size : 0m, notional);
    }

    /// <summary>Share of equity lost if the stop is hit (the original's <c>calculate_risk_percent</c>); 0 without equity.</summary>
    public static decimal RiskPercent(decimal size, decimal entry, decimal stopLoss, decimal equity) =>
        equity <= 0 ? 0m : size * Math.Abs(entry - stopLoss) / equity;

    private static string? Invalid(decimal? equityOrUnknown, decimal entry, decimal stopLoss, int confidence, decimal? currentAtr, decimal? baselineAtr, int consecutiveWins, int consecutiveLosses, SizingRules rules)
    {
        if (equityOrUnknown is not { } equity)
        {
            return "equity unknown: refusing to size (never assume a balance)";
        }

        if (equity <= 0)
        {
            return ReasonText.Of($"equity {equity} is not positive");
        }

        if (entry <= 0 || stopLoss <= 0)
        {
            return ReasonText.Of($"entry {entry} and stop {stopLoss} must be positive");
        }

        if (confidence is < 0 or > 100)
        {
            return ReasonText.Of($"confidence {confidence} is outside 0..100");
        }

        if (currentAtr < 0 || baselineAtr < 0)
        {
            return "ATR must not be negative";
        }

        if (consecutiveWins < 0 || consecutiveLosses < 0)
        {
            return "streak counts must not be negative";
        }

        if (confidence < rules.MinConfidence)
        {
            return ReasonText.Of($"confidence {confidence} is below the minimum {rules.MinConfidence}");
        }

        return entry == stopLoss ? "stop equals entry: no risk per unit to size by" : null;
    }

}
