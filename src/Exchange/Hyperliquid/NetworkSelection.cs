using FractalTrader.Exchange.Errors;

namespace FractalTrader.Exchange.Hyperliquid;

/// <summary>
/// Chooses the network from configuration: testnet unless <c>network = mainnet</c> AND
/// <c>mainnet-confirmed = yes</c>; mainnet without the confirmation refuses to start.
/// Stateless.
/// </summary>
public static class NetworkSelection
{
    /// <summary>The REST base URL of each network.</summary>
    public static Uri BaseUrl(HyperliquidNetwork network) =>
        network == HyperliquidNetwork.Mainnet ? new Uri("https://api.hyperliquid.xyz") : new Uri("https://api.hyperliquid-testnet.xyz");

    /// <summary>Resolves <c>network</c> and <c>mainnet-confirmed</c> settings (null or empty = unset).</summary>
    /// <exception cref="FatalExchangeException">Unknown network name, or mainnet without confirmation.</exception>
    public static HyperliquidNetwork Resolve(string? network, string? mainnetConfirmed)
    {
        if (string.IsNullOrWhiteSpace(network) || network.Trim().Equals("testnet", StringComparison.OrdinalIgnoreCase))
        {
            return HyperliquidNetwork.Testnet;
        }

        if (!network.Trim().Equals("mainnet", StringComparison.OrdinalIgnoreCase))
        {
            throw new FatalExchangeException("hyperliquid", "configure", FatalCause.Configuration,
                $"network = '{network}' is not testnet or mainnet.");
        }

        if (!string.Equals(mainnetConfirmed?.Trim(), "yes", StringComparison.OrdinalIgnoreCase))
        {
            throw new FatalExchangeException("hyperliquid", "configure", FatalCause.Configuration,
                "network = mainnet trades real money and needs mainnet-confirmed = yes as well; refusing to start.");
        }

        return HyperliquidNetwork.Mainnet;
    }
}
