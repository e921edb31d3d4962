using System.Text.Json;
using FractalTrader.Trading.Backtesting;
using FractalTrader.Trading.Backtesting.Reports;

namespace FractalTrader.Trading.Tests.Backtesting.Reports;

public sealed class BacktestReportTests
{
    private static BacktestResult Sample() =>
        Backtester.Run(
            [HandBuiltMarket.Market([.. HandBuiltMarket.LongSetup, "100.6 101.0 100.2 100.8", "100.8 101.8 100.7 101.5"])],
            HandBuiltMarket.FvgOnly,
            HandBuiltMarket.Options());

    [Fact]
    public void Json_report_holds_metrics_trades_and_equity_with_exact_money()
    {
        var result = Sample();

        using var json = JsonDocument.Parse(BacktestJson.Render(result));

        var root = json.RootElement;
        root.GetProperty("metrics").GetProperty("final_equity").GetDecimal().Should().Be(result.Metrics.FinalEquity);
        root.GetProperty("metrics").GetProperty("trades").GetProperty("trades").GetInt32().Should().Be(1);
        var trade = root.GetProperty("trades")[0];
        trade.GetProperty("direction").GetString().Should().Be("long");
        trade.GetProperty("exit_reason").GetString().Should().Be("take_profit");
        trade.GetProperty("entry_price").GetDecimal().Should().Be(100.7006m);
        trade.GetProperty("signal_id").GetString().Should().Be("fvg_fill:TEST:1h:2025-01-01T03:00:00Z:long");
        root.GetProperty("equity").GetArrayLength().Should().Be(6);
        root.GetProperty("strategies")[0].GetProperty("parameters").GetProperty("min_gap_percent").GetDouble().Should().Be(0.002);
        root.GetProperty("by_strategy").GetProperty("fvg_fill").GetProperty("win_rate").GetDouble().Should().Be(1.0);
    }

    [Fact]
    public void Html_report_is_self_contained_with_svg_charts_and_a_trade_table()
    {
        var html = BacktestHtml.Render(Sample(), "BTC <demo>");

        html.Should().StartWith("<!DOCTYPE html>");
        html.Should().Contain("<title>BTC &lt;demo&gt;</title>");
        html.Should().Contain("aria-label=\"Equity curve\"").And.Contain("aria-label=\"Drawdown in percent\"");
        html.Should().Contain("<polyline").And.Contain("<polygon");
        html.Should().Contain("<td>fvg_fill</td><td>long</td>");
        html.Should().Contain("100.7006");
        html.Should().NotContain("<script").And.NotContain("src=").And.NotContain("href=");
    }
}
