using System.Runtime.InteropServices;

namespace FractalTrader.Trading.Risk;

/// <summary>
/// What <see cref="PositionSizer"/> computed for one signal, before it becomes a
/// <see cref="SizingDecision"/>: the same figures in a struct, with the reason written only when
/// someone reads it. A backtest sizes most of its signals and needs the text only of refusals.
/// Immutable.
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct SizingOutcome(
    SizingVerdict Verdict,
    string? Refusal,
    SizingRules Rules,
    InstrumentRules Instrument,
    decimal RiskAmount,
    decimal VolatilityAdjustment,
    decimal StreakAdjustment,
    decimal RiskSize,
    decimal CappedSize,
    decimal Size,
    decimal Notional)
{
    public bool Approved => Verdict is SizingVerdict.RiskBudget or SizingVerdict.NotionalCap;

    /// <summary>The rule that refused, or how the size was reached.</summary>
    public string Reason => Verdict switch
    {
        SizingVerdict.Invalid => Refusal!,
        SizingVerdict.RoundsToZero => ReasonText.Of($"{Instrument.Symbol}: size {CappedSize:G6} rounds to zero at lot size {Instrument.LotSize}"),
        SizingVerdict.BelowMinimum => ReasonText.Of($"{Instrument.Symbol}: order value {Notional:F2} is below the venue minimum {Instrument.MinOrderValue}"),
        SizingVerdict.RiskBudget => ReasonText.Of($"sized {Size} {Instrument.Symbol} by the risk budget"),
        _ => ReasonText.Of($"sized {Size} {Instrument.Symbol} by the {ReasonText.Percent(Rules.MaxPositionPercent)} notional cap"),
    };

    /// <summary>
    /// Refusals with the same form write reasons that differ only in their numbers (one refusal key),
    /// so a backtest counting them needs to write only the first; -1 when only the text tells.
    /// </summary>
    public int ReasonForm => Verdict switch
    {
        // "F2" of a positive value: digits and a point.
        SizingVerdict.BelowMinimum when Notional > 0 => 0,
        SizingVerdict.RoundsToZero when CappedSize > 0 => 1 + GeneralSixForm(CappedSize),
        _ => -1,
    };

    /// <summary>An invalid request, refused before any figure is computed.</summary>
    public static SizingOutcome Invalid(string reason, SizingRules rules, InstrumentRules instrument) =>
        new(SizingVerdict.Invalid, reason, rules, instrument, 0m, 1m, 1m, 0m, 0m, 0m, 0m);

    /// <summary>
    /// Whether "G6" writes a positive value in fixed (0) or scientific notation with a negative (1)
    /// or positive (2) exponent: scientific when the value rounded to six digits is below 0.0001 or
    /// reaches 1,000,000 (.NET's general format, digits rounded half up).
    /// </summary>
    private static int GeneralSixForm(decimal value) =>
        value < 0.00009999995m ? 1 : value >= 999999.5m ? 2 : 0;

    public SizingDecision ToDecision() => Verdict == SizingVerdict.Invalid
        ? SizingDecision.Refuse(Refusal!)
        : new SizingDecision
        {
            Approved = Approved,
            Reason = Reason,
            RiskAmount = RiskAmount,
            VolatilityAdjustment = VolatilityAdjustment,
            StreakAdjustment = StreakAdjustment,
            RiskSize = RiskSize,
            CappedSize = CappedSize,
            Size = Size,
            Notional = Notional,
        };
}
