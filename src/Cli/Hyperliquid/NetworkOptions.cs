using System.CommandLine;
using FractalTrader.Exchange.Hyperliquid;

namespace FractalTrader.Cli.Hyperliquid;

/// <summary>The mandatory <c>--testnet</c> | <c>--mainnet</c> choice of the signing commands. Immutable.</summary>
internal sealed class NetworkOptions
{
    public Option<bool> Testnet { get; } = new("--testnet") { Description = "Sign for testnet (source \"b\", hyperliquidChain Testnet)" };

    public Option<bool> Mainnet { get; } = new("--mainnet") { Description = "Sign for mainnet (source \"a\", hyperliquidChain Mainnet)" };

    public void AddTo(Command command)
    {
        command.Options.Add(Testnet);
        command.Options.Add(Mainnet);
        command.Validators.Add(result =>
        {
            if (result.GetValue(Testnet) == result.GetValue(Mainnet))
            {
                result.AddError("Give exactly one of --testnet or --mainnet.");
            }
        });
    }

    public HyperliquidNetwork Get(ParseResult parseResult) =>
        parseResult.GetValue(Mainnet) ? HyperliquidNetwork.Mainnet : HyperliquidNetwork.Testnet;
}
