using FractalTrader.Messages;

namespace FractalTrader.Actors.Risk;

/// <summary>An approved entry not filled yet: it holds its symbol's one position slot until it fills or expires. Immutable.</summary>
internal sealed record PendingEntry(string IntentId, string Symbol, Direction Direction, decimal Size, decimal Price, DateTimeOffset DecidedAt);
