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
        if (Invalid(request, rules) is { } refusal)
        {
            return SizingDecision.Refuse(refusal);
        }

        var equity = request.Equity!.Value;
        var riskAmount = equity * rules.BaseRiskPercent * request.Confidence / 100m;
        var volatility = 1m;
        if (request.CurrentAtr is > 0 && request.BaselineAtr is > 0)
        {
            volatility = Math.Clamp(request.BaselineAtr.Value / request.CurrentAtr.Value, rules.VolatilityFloor, rules.VolatilityCap);
        }

        var streak = request.ConsecutiveWins >= rules.ConsecutiveWinsReduce ? rules.WinReductionFactor
            : request.ConsecutiveLosses >= rules.ConsecutiveLossesReduce ? rules.LossReductionFactor
            : 1m;
        var riskPerUnit = Math.Abs(request.Entry - request.StopLoss);
        var riskSize = riskAmount * volatility * streak / riskPerUnit;
        var cap = equity * rules.MaxPositionPercent / request.Entry;
        var capped = Math.Min(riskSize, cap);
        var size = instrument.RoundDown(capped);
        var notional = size * request.Entry;
        // Each decision is built once, with its final reason: a backtest sizes most of its signals.
        if (size <= 0)
        {
            return Decision(false, 0m, ReasonText.Of($"{instrument.Symbol}: size {capped:G6} rounds to zero at lot size {instrument.LotSize}"));
        }

        if (notional < instrument.MinOrderValue)
        {
            return Decision(false, 0m, ReasonText.Of($"{instrument.Symbol}: order value {notional:F2} is below the venue minimum {instrument.MinOrderValue}"));
        }

        var bound = riskSize <= cap ? "risk budget" : ReasonText.Percent(rules.MaxPositionPercent) + " notional cap";
        return Decision(true, size, ReasonText.Of($"sized {size} {instrument.Symbol} by the {bound}"));

        SizingDecision Decision(bool approved, decimal finalSize, string reason) => new()
        {
            Approved = approved,
            Reason = reason,
            RiskAmount = riskAmount,
            VolatilityAdjustment = volatility,
            StreakAdjustment = streak,
            RiskSize = riskSize,
            CappedSize = capped,
            Size = finalSize,
            Notional = notional,
        };
    }

    /// <summary>Share of equity lost if the stop is hit (the original's <c>calculate_risk_percent</c>); 0 without equity.</summary>
    public static decimal RiskPercent(decimal size, decimal entry, decimal stopLoss, decimal equity) =>
        equity <= 0 ? 0m : size * Math.Abs(entry - stopLoss) / equity;

    private static string? Invalid(SizingRequest request, SizingRules rules)
    {
        if (request.Equity is not { } equity)
        {
            return "equity unknown: refusing to size (never assume a balance)";
        }

        if (equity <= 0)
        {
            return ReasonText.Of($"equity {equity} is not positive");
        }

        if (request.Entry <= 0 || request.StopLoss <= 0)
        {
            return ReasonText.Of($"entry {request.Entry} and stop {request.StopLoss} must be positive");
        }

        if (request.Confidence is < 0 or > 100)
        {
            return ReasonText.Of($"confidence {request.Confidence} is outside 0..100");
        }

        if (request.CurrentAtr < 0 || request.BaselineAtr < 0)
        {
            return "ATR must not be negative";
        }

        if (request.ConsecutiveWins < 0 || request.ConsecutiveLosses < 0)
        {
            return "streak counts must not be negative";
        }

        if (request.Confidence < rules.MinConfidence)
        {
            return ReasonText.Of($"confidence {request.Confidence} is below the minimum {rules.MinConfidence}");
        }

        return request.Entry == request.StopLoss ? "stop equals entry: no risk per unit to size by" : null;
    }

}
