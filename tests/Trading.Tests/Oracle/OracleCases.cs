namespace FractalTrader.Trading.Tests.Oracle;

/// <summary>Theory data: one case per dataset and output kind, so a failure names both.</summary>
public static class OracleCases
{
    public static readonly string[] DetectorKinds =
    [
        "n3/swing_highs", "n3/swing_lows", "n3/trend", "n3/bos_bullish", "n3/bos_bearish", "n3/choch", "n3/equal_highs", "n3/equal_lows",
        "n5/swing_highs", "n5/swing_lows", "n5/trend", "n5/bos_bullish", "n5/bos_bearish", "n5/choch", "n5/equal_highs", "n5/equal_lows",
        "n5/sweeps_bullish_on_swing_lows_rb3", "n5/sweeps_bearish_on_swing_highs_rb3",
        "fvg_min0.002/bullish", "fvg_min0.002/bearish", "fvg_min0.002/bullish_fill_bars_partial0.5", "fvg_min0.002/bearish_fill_bars_partial0.5",
        "order_blocks_min0.01/bullish", "order_blocks_min0.01/bearish",
        "atr14",
    ];

    public static readonly string[] StrategyKinds =
    [
        "signals_default_params/liquidity_sweep", "signals_default_params/fvg_fill", "signals_default_params/bos_orderblock",
        "confidence_by_bar/liquidity_sweep", "confidence_by_bar/fvg_fill", "confidence_by_bar/bos_orderblock",
    ];

    public static TheoryData<string, string> Detectors() => Cross(DetectorKinds);

    public static TheoryData<string, string> Strategies() => Cross(StrategyKinds);

    private static TheoryData<string, string> Cross(string[] kinds)
    {
        var data = new TheoryData<string, string>();
        foreach (var dataset in FractalTraderOracle.Datasets)
        {
            foreach (var kind in kinds)
            {
                data.Add(dataset, kind);
            }
        }

        return data;
    }
}
