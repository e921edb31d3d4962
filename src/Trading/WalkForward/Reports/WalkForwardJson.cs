using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FractalTrader.Trading.Backtesting.Reports;

namespace FractalTrader.Trading.WalkForward.Reports;

/// <summary>The machine-readable walk-forward report. Stateless and thread-safe; pure.</summary>
public static class WalkForwardJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The report as indented JSON text.</summary>
    public static string Render(WalkForwardResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var stability = result.Stability;
        var root = new JsonObject
        {
            ["symbols"] = new JsonArray([.. result.Symbols.Select(s => (JsonNode)s)]),
            ["scheme"] = result.Options.Scheme == WindowScheme.Anchored ? "anchored" : "rolling",
            ["train_bars"] = result.Options.TrainBars,
            ["test_bars"] = result.Options.TestBars,
            ["objective"] = result.Options.Objective.Name,
            ["candidates_per_window"] = result.Candidates,
            ["stitched_out_of_sample"] = BacktestJson.Metrics(result.StitchedMetrics),
            ["stability"] = new JsonObject
            {
                ["windows"] = stability.Windows,
                ["profitable_share"] = stability.ProfitableShare,
                ["mean_in_sample_score"] = stability.MeanInSampleScore,
                ["mean_out_of_sample_score"] = stability.MeanOutOfSampleScore,
                ["out_of_sample_score_deviation"] = stability.OutOfSampleScoreDeviation,
                ["efficiency"] = stability.Efficiency,
                ["modal_choice_share"] = stability.ModalChoiceShare,
                ["choices"] = new JsonObject([.. stability.Choices.Select(c => KeyValuePair.Create(
                    c.Key,
                    (JsonNode?)new JsonObject([.. c.Value.OrderBy(v => v.Key).Select(v => KeyValuePair.Create(v.Key.ToString("R", CultureInfo.InvariantCulture), (JsonNode?)v.Value))])))]),
            },
            ["windows"] = new JsonArray([.. result.Windows.Select(Window)]),
            ["stitched_equity"] = new JsonArray([.. result.StitchedEquity.Select(p => (JsonNode)new JsonArray(BacktestJson.Time(p.Time), Math.Round(p.Equity, 6)))]),
        };
        return root.ToJsonString(Indented);
    }

    private static JsonObject Window(WalkForwardWindow w) => new()
    {
        ["index"] = w.Index,
        ["train_start"] = BacktestJson.Time(w.TrainStart),
        ["test_start"] = BacktestJson.Time(w.TestStart),
        ["test_end"] = BacktestJson.Time(w.TestEnd),
        ["chosen"] = new JsonObject([.. w.ChosenValues.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))]),
        ["in_sample_score"] = Finite(w.InSampleScore),
        ["out_of_sample_score"] = Finite(w.OutOfSampleScore),
        ["in_sample"] = BacktestJson.Metrics(w.InSample),
        ["out_of_sample"] = BacktestJson.Metrics(w.OutOfSample),
    };

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
