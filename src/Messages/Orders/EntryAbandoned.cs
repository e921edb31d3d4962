namespace FractalTrader.Messages.Orders;

/// <summary>The router tells the risk guardian that an approved entry will not fill (refused, rejected or never placed), so its symbol's slot is free again. Immutable.</summary>
/// <param name="Symbol">Coin.</param>
/// <param name="IntentId">The intent.</param>
/// <param name="Reason">Why.</param>
public sealed record EntryAbandoned(string Symbol, string IntentId, string Reason);
