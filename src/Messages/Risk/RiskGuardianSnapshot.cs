using FractalTrader.Messages.Journal;

namespace FractalTrader.Messages.Risk;

/// <summary>The risk guardian's whole state, saved every N events so recovery replays only what follows. Immutable.</summary>
/// <param name="State">Trading state.</param>
/// <param name="StateReason">Why.</param>
/// <param name="StateSince">Since when.</param>
/// <param name="Equity">Latest equity, null before the first mark.</param>
/// <param name="HighWaterMark">Equity high-water mark.</param>
/// <param name="ConsecutiveLosses">Losing trades in a row.</param>
/// <param name="ConsecutiveWins">Winning trades in a row.</param>
/// <param name="EntriesToday">Entries filled this UTC day.</param>
/// <param name="Day">The UTC day the daily counters belong to.</param>
/// <param name="DayOpenEquity">Equity at the start of that day.</param>
/// <param name="ReducingUntilNextDay">Whether REDUCING ends by itself at the next UTC day.</param>
/// <param name="SignalsDecided">Signals decided since the journal began.</param>
/// <param name="Watermarks">Newest decided bar per signal key.</param>
public sealed record RiskGuardianSnapshot(
    RiskState State,
    string StateReason,
    DateTimeOffset StateSince,
    decimal? Equity,
    decimal HighWaterMark,
    int ConsecutiveLosses,
    int ConsecutiveWins,
    int EntriesToday,
    DateOnly Day,
    decimal DayOpenEquity,
    bool ReducingUntilNextDay,
    long SignalsDecided,
    IReadOnlyList<SignalWatermark> Watermarks) : IJournalEvent;
