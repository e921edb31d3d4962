using FractalTrader.Messages.Journal;

namespace FractalTrader.Messages.Orders;

/// <summary>
/// Journal event: a filled entry gets (or a changed position gets new) venue-side reduce-only stop
/// and target orders of <paramref name="Size"/>; <paramref name="Generation"/> makes their client
/// ids new each time, since a client id is never reused. Immutable.
/// </summary>
/// <param name="Symbol">Coin.</param>
/// <param name="IntentId">The entry intent whose levels apply.</param>
/// <param name="Direction">Direction of the position protected.</param>
/// <param name="StopLoss">Stop trigger.</param>
/// <param name="TakeProfit">Target trigger.</param>
/// <param name="Size">Position size covered.</param>
/// <param name="Generation">1 for the first pair, then 2, 3, … for replacements.</param>
/// <param name="At">When.</param>
public sealed record ProtectionPlanned(
    string Symbol,
    string IntentId,
    Direction Direction,
    decimal StopLoss,
    decimal TakeProfit,
    decimal Size,
    int Generation,
    DateTimeOffset At) : IJournalEvent;
