using System.Globalization;
using System.Net;
using System.Text;
using FractalTrader.Trading.Backtesting.Reports;

namespace FractalTrader.Trading.WalkForward.Reports;

/// <summary>
/// The human-readable walk-forward report: stitched out-of-sample equity and drawdown, the
/// windows with their chosen parameters and scores, and the stability summary. One
/// self-contained HTML page. Stateless and thread-safe; pure.
/// </summary>
public static class WalkForwardHtml
{
    /// <summary>The report page.</summary>
    public static string Render(WalkForwardResult result, string title = "FractalTrader walk-forward")
    {
        ArgumentNullException.ThrowIfNull(result);
        var o = result.Options;
        var html = new StringBuilder();
        Page.Open(html, title);
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"sub\">{WebUtility.HtmlEncode(string.Join(", ", result.Symbols))} · {(o.Scheme == WindowScheme.Anchored ? "anchored" : "rolling")} windows of {o.TrainBars} training and {o.TestBars} test bars · objective {o.Objective.Name} · {result.Candidates} candidates per window</p>");
        html.Append("<h2>Stitched out-of-sample</h2>").Append(Page.Cards(result.StitchedMetrics));
        html.Append(BacktestHtml.EquityChart(result.StitchedEquity));
        html.Append(BacktestHtml.DrawdownChart(result.StitchedEquity, (double)o.Backtest.InitialEquity));
        html.Append(Stability(result.Stability));
        html.Append("<h2>Windows</h2><table><thead><tr><th>#</th><th>test from</th><th>test to</th><th>chosen</th><th>IS score</th><th>OOS score</th><th>OOS return</th><th>OOS trades</th><th>OOS max DD</th></tr></thead><tbody>");
        foreach (var w in result.Windows)
        {
            var chosen = string.Join(", ", w.ChosenValues.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key}={p.Value}")));
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{w.Index}</td><td>{w.TestStart:yyyy-MM-dd HH:mm}</td><td>{w.TestEnd:yyyy-MM-dd HH:mm}</td><td>{WebUtility.HtmlEncode(chosen)}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td>{Score(w.InSampleScore)}</td><td>{Score(w.OutOfSampleScore)}</td><td>{Page.Percent(w.OutOfSample.TotalReturn)}</td><td>{w.OutOfSample.Trades.Trades}</td><td>{Page.Percent(w.OutOfSample.MaxDrawdown)}</td></tr>");
        }

        html.Append("</tbody></table>");
        html.Append(Page.Settings(o.Backtest, result.Windows.FirstOrDefault()?.Chosen ?? []));
        Page.Close(html);
        return html.ToString();
    }

    private static string Stability(StabilitySummary s)
    {
        var html = new StringBuilder("<h2>Stability</h2><ul>");
        html.Append(CultureInfo.InvariantCulture, $"<li>{s.Windows} windows, {Page.Percent(s.ProfitableShare)} profitable out-of-sample</li>");
        html.Append(CultureInfo.InvariantCulture, $"<li>mean score in-sample {s.MeanInSampleScore:F3}, out-of-sample {s.MeanOutOfSampleScore:F3} (deviation {s.OutOfSampleScoreDeviation:F3})</li>");
        html.Append(CultureInfo.InvariantCulture, $"<li>walk-forward efficiency {(s.Efficiency is { } e ? e.ToString("F2", CultureInfo.InvariantCulture) : "n/a")}; the most frequent parameter set was chosen in {Page.Percent(s.ModalChoiceShare)} of windows</li>");
        foreach (var (parameter, counts) in s.Choices.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var text = string.Join(", ", counts.OrderBy(c => c.Key).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} ×{c.Value}")));
            html.Append(CultureInfo.InvariantCulture, $"<li>{WebUtility.HtmlEncode(parameter)}: {WebUtility.HtmlEncode(text)}</li>");
        }

        return html.Append("</ul>").ToString();
    }

    private static string Score(double score) => double.IsFinite(score) ? score.ToString("F3", CultureInfo.InvariantCulture) : "no trades";
}
