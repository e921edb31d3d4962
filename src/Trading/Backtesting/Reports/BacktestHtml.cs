using System.Globalization;
using System.Net;
using System.Text;

namespace FractalTrader.Trading.Backtesting.Reports;

/// <summary>
/// The human-readable backtest report: one self-contained HTML page (inline CSS and SVG, no
/// scripts) with the figures, an equity curve, a drawdown chart and the trade table.
/// Stateless and thread-safe; pure (the caller writes the text).
/// </summary>
public static class BacktestHtml
{
    /// <summary>Most trades listed; longer runs show the latest ones and say so.</summary>
    public const int MaxTradeRows = 2000;

    /// <summary>The report page.</summary>
    public static string Render(BacktestResult result, string title = "FractalTrader backtest")
    {
        ArgumentNullException.ThrowIfNull(result);
        var html = new StringBuilder();
        Page.Open(html, title);
        var markets = string.Join(", ", result.Markets.Select(m => $"{m.Symbol} {m.Timeframe} ({m.Bars} bars)"));
        var strategies = string.Join(", ", result.Strategies.Select(s => s.Kind.Name));
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"sub\">{Encode(markets)} · strategies: {Encode(strategies)} · {Encode(Period(result))}</p>");
        html.Append(Page.Cards(result.Metrics));
        html.Append("<h2>Equity</h2>");
        html.Append(EquityChart(result.Equity));
        html.Append("<h2>Drawdown</h2>");
        html.Append(DrawdownChart(result.Equity, (double)result.Options.InitialEquity));
        html.Append("<h2>By strategy</h2>").Append(Page.StatisticsTable(result.ByStrategy, "strategy"));
        html.Append("<h2>By symbol</h2>").Append(Page.StatisticsTable(result.BySymbol, "symbol"));
        html.Append(Page.Notes(result));
        html.Append("<h2>Trades</h2>").Append(TradeTable(result.Trades));
        html.Append(Page.Settings(result.Options, result.Strategies));
        Page.Close(html);
        return html.ToString();
    }

    /// <summary>An SVG equity curve.</summary>
    public static string EquityChart(IReadOnlyList<EquityPoint> equity) =>
        SvgChart.Line([.. equity.Select(p => p.Time)], [.. equity.Select(p => p.Equity)], "Equity curve", "#1f6feb");

    /// <summary>An SVG drawdown chart (percent below the running peak).</summary>
    public static string DrawdownChart(IReadOnlyList<EquityPoint> equity, double initial)
    {
        var peak = initial;
        var drawdown = new double[equity.Count];
        for (var i = 0; i < equity.Count; i++)
        {
            peak = Math.Max(peak, equity[i].Equity);
            drawdown[i] = peak > 0 ? -100 * (1 - (equity[i].Equity / peak)) : 0;
        }

        return SvgChart.Line([.. equity.Select(p => p.Time)], drawdown, "Drawdown in percent", "#cf222e", fillBelowZero: true);
    }

    private static string TradeTable(IReadOnlyList<BacktestTrade> trades)
    {
        var html = new StringBuilder();
        var shown = trades.Count > MaxTradeRows ? trades.Skip(trades.Count - MaxTradeRows).ToList() : trades;
        if (shown.Count < trades.Count)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>Showing the last {shown.Count} of {trades.Count} trades (all are in the JSON report).</p>");
        }

        html.Append("<table><thead><tr><th>#</th><th>symbol</th><th>strategy</th><th>side</th><th>entry time</th><th>entry</th><th>stop</th><th>target</th><th>exit time</th><th>exit</th><th>reason</th><th>size</th><th>fees</th><th>net P&amp;L</th><th>R</th></tr></thead><tbody>");
        var number = trades.Count - shown.Count;
        foreach (var t in shown)
        {
            number++;
            var css = t.NetPnl > 0 ? "win" : "loss";
            html.Append(CultureInfo.InvariantCulture, $"<tr class=\"{css}\"><td>{number}</td><td>{Encode(t.Symbol)}</td><td>{Encode(t.Strategy.Name)}</td><td>{(t.Direction == Strategies.TradeDirection.Long ? "long" : "short")}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td>{t.EntryTime:yyyy-MM-dd HH:mm}</td><td>{Price(t.EntryPrice)}</td><td>{Price(t.StopLoss)}</td><td>{Price(t.TakeProfit)}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td>{t.ExitTime:yyyy-MM-dd HH:mm}</td><td>{Price(t.ExitPrice)}</td><td>{ReasonText(t.ExitReason)}</td><td>{t.Size.ToString("0.############", CultureInfo.InvariantCulture)}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td>{t.Fees:F2}</td><td>{t.NetPnl:F2}</td><td>{t.RMultiple:F2}</td></tr>");
        }

        html.Append("</tbody></table>");
        return html.ToString();
    }

    private static string Period(BacktestResult result) =>
        result.Equity.Count == 0 ? "no bars" : string.Create(CultureInfo.InvariantCulture, $"{result.Equity[0].Time:yyyy-MM-dd HH:mm} → {result.Equity[^1].Time:yyyy-MM-dd HH:mm} UTC");

    private static string ReasonText(ExitReason reason) => reason switch
    {
        ExitReason.StopLoss => "stop",
        ExitReason.TakeProfit => "target",
        _ => "end of data",
    };

    private static string Price(decimal price) => price.ToString("0.######", CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
