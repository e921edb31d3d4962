using FractalTrader.Exchange.Instruments;

namespace FractalTrader.Exchange.Simulated;

/// <summary>
/// The simulated venue's default instruments: a slice of Hyperliquid's perp universe (asset ids
/// in meta order, real szDecimals and max leverage at the time of writing) plus two spot pairs,
/// each with a plausible starting price for synthetic markets. Immutable.
/// </summary>
public static class SimulatedUniverse
{
    /// <summary>Perps then spot, with start prices.</summary>
    public static IReadOnlyList<(Instrument Instrument, decimal StartPrice)> Default { get; } =
    [
        (new Instrument("BTC", 0, 5, 40), 60000m),
        (new Instrument("ETH", 1, 4, 25), 3000m),
        (new Instrument("ATOM", 2, 2, 5), 6.5m),
        (new Instrument("MATIC", 3, 1, 20), 0.45m),
        (new Instrument("DYDX", 4, 1, 10), 1.2m),
        (new Instrument("SOL", 5, 2, 20), 150m),
        (new Instrument("AVAX", 6, 2, 10), 30m),
        (new Instrument("BNB", 7, 3, 10), 580m),
        (new Instrument("APE", 8, 1, 10), 0.9m),
        (new Instrument("OP", 9, 1, 10), 1.8m),
        (new Instrument("LTC", 10, 2, 10), 80m),
        (new Instrument("ARB", 11, 1, 10), 0.8m),
        (new Instrument("DOGE", 12, 0, 10), 0.12m),
        (new Instrument("INJ", 13, 1, 10), 22m),
        (new Instrument("SUI", 14, 1, 10), 1.1m),
        (new Instrument("kPEPE", 15, 0, 10), 0.0095m),
        (new Instrument("LINK", 16, 1, 10), 13m),
        (new Instrument("XRP", 17, 0, 20), 0.55m),
        (new Instrument("WIF", 18, 0, 10), 2.4m),
        (new Instrument("HYPE", 19, 2, 10), 25m),
        (new Instrument("PURR/USDC", 10000, 0, 1, IsSpot: true), 0.2m),
        (new Instrument("@1", 10001, 2, 1, IsSpot: true), 12.5m),
    ];
}
