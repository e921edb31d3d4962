using FractalTrader.Exchange.MarketData;

namespace FractalTrader.Exchange.Simulated;

/// <summary>The best bid/ask moved.</summary>
/// <param name="Top">The new top of book.</param>
public sealed record BookChanged(TopOfBook Top) : VenueEvent;
