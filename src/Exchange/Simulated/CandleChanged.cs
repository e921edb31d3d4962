using FractalTrader.Exchange.MarketData;

namespace FractalTrader.Exchange.Simulated;

/// <summary>A bar formed further or closed.</summary>
/// <param name="Update">The candle.</param>
public sealed record CandleChanged(CandleUpdate Update) : VenueEvent;
