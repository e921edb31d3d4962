using FractalTrader.Messages.Journal;

namespace FractalTrader.Messages.Portfolio;

/// <summary>
/// Journal event: the reconciler found the ledger and the venue disagreeing on a symbol and the
/// venue's truth was adopted. Both views are kept, so nothing is silently rewritten. Immutable.
/// </summary>
/// <param name="Symbol">Coin.</param>
/// <param name="LedgerSignedSize">What the ledger held (positive long, negative short).</param>
/// <param name="LedgerEntryPrice">The ledger's average entry (0 when flat).</param>
/// <param name="VenueSignedSize">What the venue holds, now adopted.</param>
/// <param name="VenueEntryPrice">The venue's average entry (0 when flat).</param>
/// <param name="Reason">What kind of difference it was.</param>
/// <param name="At">When.</param>
public sealed record PositionCorrected(
    string Symbol,
    decimal LedgerSignedSize,
    decimal LedgerEntryPrice,
    decimal VenueSignedSize,
    decimal VenueEntryPrice,
    string Reason,
    DateTimeOffset At) : IJournalEvent;
