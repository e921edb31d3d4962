using FractalTrader.Exchange.MarketData;

namespace FractalTrader.Exchange.Simulated;

/// <summary>A trade printed on the public tape.</summary>
/// <param name="Trade">The trade.</param>
public sealed record TradePrinted(PublicTrade Trade) : VenueEvent;
