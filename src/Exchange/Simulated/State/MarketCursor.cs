namespace FractalTrader.Exchange.Simulated.State;

/// <summary>Where one symbol's market stands: the forming bar and the mark. Persisted; immutable.</summary>
internal sealed record MarketCursor(long FormingIndex, decimal Open, decimal High, decimal Low, decimal Close, decimal Volume, decimal Mark);
