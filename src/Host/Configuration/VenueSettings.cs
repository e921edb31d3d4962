using FractalTrader.Exchange.Hyperliquid;

namespace FractalTrader.Host.Configuration;

/// <summary>
/// The venue: a Hyperliquid-compatible URL (fake venue or testnet) with its signing key, or the
/// simulated venue in this process. Immutable; the key is held as a <see cref="SecretText"/>, so
/// printing these settings never shows it.
/// </summary>
public sealed record VenueSettings
{
    /// <summary>The API to trade on; null paper-trades in process.</summary>
    public Uri? Url { get; init; }

    /// <summary>Which chain's signatures are used.</summary>
    public HyperliquidNetwork Network { get; init; } = HyperliquidNetwork.Testnet;

    /// <summary>The signing key, needed with <see cref="Url"/>.</summary>
    public SecretText? PrivateKey { get; init; }

    /// <summary>Master account traded as an agent wallet; null trades the key's own address.</summary>
    public string? Account { get; init; }

    /// <summary>The in-process simulated venue's settings.</summary>
    public required SimulatedVenueSettings Simulated { get; init; }
}
