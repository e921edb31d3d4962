using FractalTrader.Exchange.Hyperliquid.Signing;

namespace FractalTrader.Exchange.Hyperliquid.Client;

/// <summary>Settings of the Hyperliquid client. Immutable.</summary>
public sealed record HyperliquidClientOptions
{
    /// <summary>Which chain; decides the signing source and the default URL. The default is testnet.</summary>
    public HyperliquidNetwork Network { get; init; } = HyperliquidNetwork.Testnet;

    /// <summary>REST base URL; null uses the network's public API (the fake venue's URL in tests and demos).</summary>
    public Uri? BaseUrl { get; init; }

    /// <summary>The master account queried by info requests; null means the signing key's own address (no agent wallet).</summary>
    public WalletAddress? Account { get; init; }

    /// <summary>Vault or sub-account to trade for; null trades the account itself.</summary>
    public WalletAddress? Vault { get; init; }

    /// <summary>Per-request timeout. The default is 10 s.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries of a transient failure (429, 5xx, refused connection, …). The default is 5.</summary>
    public int MaxRetries { get; init; } = 5;

    /// <summary>First retry delay; it doubles with jitter. The default is 250 ms.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Weight the client allows itself per minute. The default is 1100: Hyperliquid's 1200 less a
    /// margin for the difference between our window and the venue's.
    /// </summary>
    public int WeightPerMinute { get; init; } = 1100;

    /// <summary>First pause of all requests after a 429; it doubles while 429s continue, up to 30 s. The default is 1 s.</summary>
    public TimeSpan RateLimitCooldown { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long an order action stays valid at the venue (its expiresAfter); bounds an ambiguous outcome. The default is 30 s.</summary>
    public TimeSpan ActionExpiry { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How many times an ambiguous order is looked up by client id. The default is 5.</summary>
    public int AmbiguityLookups { get; init; } = 5;

    /// <summary>Wait between those lookups. The default is 1 s.</summary>
    public TimeSpan AmbiguityLookupSpacing { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>WebSocket keepalive; the server drops a connection silent for 60 s. The default is 50 s.</summary>
    public TimeSpan PingInterval { get; init; } = TimeSpan.FromSeconds(50);

    /// <summary>Wait before the second and later reconnect attempts (the first is immediate); doubles up to 30 s. The default is 1 s.</summary>
    public TimeSpan ReconnectDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Slippage bound of market orders. The default is 5 %, as in the SDK.</summary>
    public decimal MarketSlippage { get; init; } = Wire.SlippagePrice.DefaultSlippage;

    /// <summary>The REST base actually used.</summary>
    public Uri EffectiveBaseUrl => BaseUrl ?? NetworkSelection.BaseUrl(Network);
}
