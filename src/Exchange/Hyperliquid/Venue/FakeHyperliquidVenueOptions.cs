using Microsoft.Extensions.Logging;

namespace FractalTrader.Exchange.Hyperliquid.Venue;

/// <summary>Settings of the fake Hyperliquid venue. Immutable.</summary>
public sealed record FakeHyperliquidVenueOptions
{
    /// <summary>TCP port on 127.0.0.1; 0 picks a free one. The default is 0.</summary>
    public int Port { get; init; }

    /// <summary>Which network's signatures it accepts. The default is testnet.</summary>
    public HyperliquidNetwork Network { get; init; } = HyperliquidNetwork.Testnet;

    /// <summary>Weight budget per IP per minute; beyond it the venue answers 429. The default is 1200.</summary>
    public int WeightPerMinute { get; init; } = RequestWeights.PerMinute;

    /// <summary>Where the venue logs requests; null logs nothing.</summary>
    public ILoggerFactory? LoggerFactory { get; init; }
}
