namespace FractalTrader.Exchange.Hyperliquid;

/// <summary>
/// Hyperliquid's per-IP request weights (spec §11): 1200 per minute in total; an exchange action
/// weighs 1 + ⌊batch/40⌋; info requests 2, 20 or 60, some plus a share of the items returned.
/// Shared by the client's limiter and the fake venue's accounting. Stateless.
/// </summary>
public static class RequestWeights
{
    /// <summary>The per-IP budget per minute.</summary>
    public const int PerMinute = 1200;

    /// <summary>Weight of an exchange action carrying <paramref name="batchLength"/> orders or cancels.</summary>
    public static int Exchange(int batchLength) => 1 + (batchLength / 40);

    /// <summary>Weight of an info request before its items are counted.</summary>
    public static int Info(string type) => type switch
    {
        "l2Book" or "allMids" or "clearinghouseState" or "orderStatus" or "spotClearinghouseState" or "exchangeStatus" => 2,
        "userRole" => 60,
        _ => 20,
    };

    /// <summary>Extra weight for the <paramref name="items"/> an info request returned.</summary>
    public static int InfoItems(string type, int items) => type switch
    {
        "recentTrades" or "historicalOrders" or "userFills" or "userFillsByTime" or "fundingHistory" or "userFunding"
            or "nonUserFundingUpdates" or "twapHistory" or "userTwapSliceFills" or "userTwapSliceFillsByTime"
            or "delegatorHistory" or "delegatorRewards" or "validatorStats" => items / 20,
        "candleSnapshot" => items / 60,
        _ => 0,
    };
}
