namespace FractalTrader.Trading.Risk;

/// <summary>Which rule settled a sizing: a refusal, or the bound that gave the size.</summary>
internal enum SizingVerdict
{
    /// <summary>The request itself was refused (unknown equity, bad prices, low confidence…).</summary>
    Invalid,

    /// <summary>The size is below one lot.</summary>
    RoundsToZero,

    /// <summary>The order value is below the venue minimum.</summary>
    BelowMinimum,

    /// <summary>Approved, sized by the risk budget.</summary>
    RiskBudget,

    /// <summary>Approved, sized by the notional cap.</summary>
    NotionalCap,
}
