namespace FractalTrader.Trading.Risk;

/// <summary>Everything a <see cref="RiskGuardian"/> must remember across a restart (its journal snapshot). Immutable.</summary>
/// <param name="State">Trading state.</param>
/// <param name="StateReason">Why.</param>
/// <param name="StateSince">Since when.</param>
/// <param name="Equity">Latest equity, null before the first mark.</param>
/// <param name="HighWaterMark">Equity high-water mark.</param>
/// <param name="ConsecutiveLosses">Losing trades in a row.</param>
/// <param name="EntriesToday">Entries filled this UTC day.</param>
/// <param name="Day">The UTC day the daily counters belong to.</param>
/// <param name="DayOpenEquity">Equity at the start of that day.</param>
/// <param name="ReducingUntilNextDay">Whether REDUCING ends by itself at the next UTC day.</param>
public sealed record RiskGuardianState(
    TradingState State,
    string StateReason,
    DateTimeOffset StateSince,
    decimal? Equity,
    decimal HighWaterMark,
    int ConsecutiveLosses,
    int EntriesToday,
    DateOnly Day,
    decimal DayOpenEquity,
    bool ReducingUntilNextDay);
