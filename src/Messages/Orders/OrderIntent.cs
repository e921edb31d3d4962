namespace FractalTrader.Messages.Orders;

/// <summary>
/// The risk guardian's approved entry: what to open, how much, and its protective levels. The
/// order router journals it before any network call and derives the client order id from
/// <see cref="IntentId"/>. Immutable.
/// </summary>
/// <param name="IntentId">Unique id of the intent (the signal id it came from).</param>
/// <param name="SignalId">The signal decided.</param>
/// <param name="Symbol">Coin.</param>
/// <param name="Direction">Long or short.</param>
/// <param name="Size">Entry size in base units, whole lots.</param>
/// <param name="ReferencePrice">The price the size was computed at.</param>
/// <param name="StopLoss">Protective stop, placed venue-side once the entry fills.</param>
/// <param name="TakeProfit">Target, placed venue-side once the entry fills.</param>
/// <param name="DecidedAt">When the guardian decided it.</param>
public sealed record OrderIntent(
    string IntentId,
    string SignalId,
    string Symbol,
    Direction Direction,
    decimal Size,
    decimal ReferencePrice,
    decimal StopLoss,
    decimal TakeProfit,
    DateTimeOffset DecidedAt);
