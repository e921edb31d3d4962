namespace FractalTrader.Exchange.Errors;

/// <summary>Why a venue call can never succeed without an operator.</summary>
public enum FatalCause
{
    /// <summary>The signer is not a known account or approved agent ("User or API Wallet … does not exist.").</summary>
    UnknownWallet = 0,

    /// <summary>The account has never deposited ("Must deposit before performing actions.").</summary>
    AccountNotFunded = 1,

    /// <summary>Authentication or configuration is wrong (bad key, mainnet not confirmed, …).</summary>
    Configuration = 2,

    /// <summary>The venue answered something we cannot parse.</summary>
    MalformedResponse = 3,

    /// <summary>The venue refused the request as a whole (HTTP 4xx other than 429).</summary>
    RequestRefused = 4,
}
