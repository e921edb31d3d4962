using FractalTrader.Trading.MarketData;
using FractalTrader.Trading.Strategies;
using FractalTrader.Trading.Tests.Oracle;

namespace FractalTrader.Trading.Tests.Strategies;

/// <summary>Every strategy's signal list and per-bar confidence on every golden dataset.</summary>
public sealed class StrategyOracleTests
{
    public static TheoryData<string, string> Cases => OracleCases.Strategies();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Strategy_output_matches_the_original(string dataset, string kind)
    {
        var series = FractalTraderOracle.Series(dataset);
        var expected = FractalTraderOracle.Expected(dataset, kind);
        var strategy = StrategyKind.Parse(kind[(kind.IndexOf('/', StringComparison.Ordinal) + 1)..]);
        var parameters = StrategyParameters.DefaultFor(strategy);
        var what = $"{dataset} {kind}";

        if (kind.StartsWith("confidence_by_bar/", StringComparison.Ordinal))
        {
            var scores = Enumerable.Range(0, series.Count).Select(bar => SignalConfidence.Score(parameters, series, bar));
            scores.Should().Equal(expected.EnumerateArray().Select(e => e.GetInt32()), what);
            return;
        }

        var signals = SignalScanner.Scan(series, parameters, "TEST", Timeframe.H1);
        OracleAssert.Signals(expected, signals, what);
    }
}
