namespace FractalTrader.Exchange.Hyperliquid;

/// <summary>Which Hyperliquid chain a request is for. Testnet is the default everywhere.</summary>
public enum HyperliquidNetwork
{
    /// <summary>api.hyperliquid-testnet.xyz; phantom-agent source "b", hyperliquidChain "Testnet".</summary>
    Testnet = 0,

    /// <summary>api.hyperliquid.xyz; phantom-agent source "a", hyperliquidChain "Mainnet".</summary>
    Mainnet = 1,
}
