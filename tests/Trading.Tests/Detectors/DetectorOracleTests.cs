using System.Text.Json;
using FractalTrader.Trading.Detectors;
using FractalTrader.Trading.MarketData;
using FractalTrader.Trading.Tests.Oracle;

namespace FractalTrader.Trading.Tests.Detectors;

/// <summary>Every detector output of every golden dataset, bar for bar.</summary>
public sealed class DetectorOracleTests
{
    public static TheoryData<string, string> Cases => OracleCases.Detectors();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Detector_output_matches_the_original(string dataset, string kind)
    {
        var series = FractalTraderOracle.Series(dataset);
        var expected = FractalTraderOracle.Expected(dataset, kind);
        var what = $"{dataset} {kind}";
        if (kind.StartsWith("n3/", StringComparison.Ordinal) || kind.StartsWith("n5/", StringComparison.Ordinal))
        {
            StructureOutput(series, kind, expected, what);
        }
        else
        {
            ZoneOutput(series, kind, expected, what);
        }
    }

    private static void StructureOutput(CandleSeries series, string kind, JsonElement expected, string what)
    {
        var high = series.High;
        var low = series.Low;
        var close = series.Close;
        var n = kind[1] - '0';
        var swings = SwingPoints.Find(high, low, n);
        var output = kind[3..];
        switch (output)
        {
            case "swing_highs":
                OracleAssert.PricedBars(expected, swings.Highs, what);
                break;
            case "swing_lows":
                OracleAssert.PricedBars(expected, swings.Lows, what);
                break;
            case "trend":
                MarketTrend.Determine(swings.Highs, swings.Lows).Should().Equal(expected.EnumerateArray().Select(e => e.GetInt32()), what);
                break;
            case "bos_bullish":
                OracleAssert.Bars(expected, OracleAssert.Flagged(StructureBreaks.Detect(close, swings.Highs, swings.Lows).BullishBos), what);
                break;
            case "bos_bearish":
                OracleAssert.Bars(expected, OracleAssert.Flagged(StructureBreaks.Detect(close, swings.Highs, swings.Lows).BearishBos), what);
                break;
            case "choch":
                OracleAssert.Bars(expected, OracleAssert.Flagged(StructureBreaks.Detect(close, swings.Highs, swings.Lows).Choch), what);
                break;
            case "equal_highs":
                OracleAssert.PricedBars(expected, EqualLevels.Find(swings.Highs), what);
                break;
            case "equal_lows":
                OracleAssert.PricedBars(expected, EqualLevels.Find(swings.Lows), what);
                break;
            case "sweeps_bullish_on_swing_lows_rb3":
                OracleAssert.Bars(expected, OracleAssert.Flagged(LiquiditySweeps.Detect(high, low, close, swings.Lows, 3, SweepDirection.Bullish)), what);
                break;
            case "sweeps_bearish_on_swing_highs_rb3":
                OracleAssert.Bars(expected, OracleAssert.Flagged(LiquiditySweeps.Detect(high, low, close, swings.Highs, 3, SweepDirection.Bearish)), what);
                break;
            default:
                throw new InvalidOperationException(kind);
        }
    }

    private static void ZoneOutput(CandleSeries series, string kind, JsonElement expected, string what)
    {
        var high = series.High;
        var low = series.Low;
        var close = series.Close;
        var (bullishGaps, bearishGaps) = FairValueGaps.Find(high, low, 0.002);
        var (bullishBlocks, bearishBlocks) = OrderBlocks.Find(series.Open, high, low, close, 0.01);
        switch (kind)
        {
            case "fvg_min0.002/bullish":
                Gaps(expected, bullishGaps, what);
                break;
            case "fvg_min0.002/bearish":
                Gaps(expected, bearishGaps, what);
                break;
            case "fvg_min0.002/bullish_fill_bars_partial0.5":
                OracleAssert.Bars(expected, OracleAssert.Flagged(FairValueGaps.CheckFill(high, low, bullishGaps).Fills), what);
                break;
            case "fvg_min0.002/bearish_fill_bars_partial0.5":
                OracleAssert.Bars(expected, OracleAssert.Flagged(FairValueGaps.CheckFill(high, low, bearishGaps).Fills), what);
                break;
            case "order_blocks_min0.01/bullish":
                Blocks(expected, bullishBlocks, what);
                break;
            case "order_blocks_min0.01/bearish":
                Blocks(expected, bearishBlocks, what);
                break;
            case "atr14":
                Atr(expected, AverageTrueRange.Compute(high, low, close, 14), what);
                break;
            default:
                throw new InvalidOperationException(kind);
        }
    }

    [Fact]
    public void Every_output_of_the_corpus_is_covered_by_a_case()
    {
        foreach (var dataset in FractalTraderOracle.Datasets)
        {
            var root = FractalTraderOracle.Root(dataset);
            var paths = new List<string>();
            foreach (var top in root.EnumerateObject())
            {
                if (top.Value.ValueKind == JsonValueKind.Object)
                {
                    paths.AddRange(top.Value.EnumerateObject().Select(inner => $"{top.Name}/{inner.Name}"));
                }
                else
                {
                    paths.Add(top.Name);
                }
            }

            paths.Should().BeSubsetOf(OracleCases.DetectorKinds.Concat(OracleCases.StrategyKinds), dataset);
        }
    }

    private static void Gaps(JsonElement expected, List<FairValueGap> gaps, string what)
    {
        gaps.Select(g => g.Bar).Should().Equal(expected.EnumerateArray().Select(e => e[0].GetInt32()), what);
        var k = 0;
        foreach (var e in expected.EnumerateArray())
        {
            OracleAssert.Float(e[1].GetDouble(), gaps[k].GapLow, $"{what}[{k}] gap_low");
            OracleAssert.Float(e[2].GetDouble(), gaps[k].GapHigh, $"{what}[{k}] gap_high");
            k++;
        }
    }

    private static void Blocks(JsonElement expected, List<OrderBlock> blocks, string what)
    {
        blocks.Select(b => b.Bar).Should().Equal(expected.EnumerateArray().Select(e => e[0].GetInt32()), what);
        var k = 0;
        foreach (var e in expected.EnumerateArray())
        {
            OracleAssert.Float(e[1].GetDouble(), blocks[k].Low, $"{what}[{k}] ob_low");
            OracleAssert.Float(e[2].GetDouble(), blocks[k].High, $"{what}[{k}] ob_high");
            k++;
        }
    }

    private static void Atr(JsonElement expected, double[] atr, string what)
    {
        var values = expected.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Null ? double.NaN : e.GetDouble()).ToArray();
        atr.Should().HaveSameCount(values, what);
        for (var i = 0; i < values.Length; i++)
        {
            OracleAssert.Float(values[i], atr[i], $"{what}[{i}]");
        }
    }
}
