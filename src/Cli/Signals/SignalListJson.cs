using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FractalTrader.Trading.Strategies;

namespace FractalTrader.Cli.Signals;

/// <summary>
/// Signal lists in the original bot's format (the oracle's <c>signals_default_params</c>):
/// <c>{ "strategy": [ {bar, timestamp, direction, entry, stop_loss, take_profit, confidence, rr, metadata}, … ] }</c>.
/// </summary>
internal static class SignalListJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Render(IReadOnlyList<(StrategyKind Strategy, IReadOnlyList<Signal> Signals)> lists)
    {
        var root = new JsonObject();
        foreach (var (strategy, signals) in lists)
        {
            root[strategy.Name] = new JsonArray([.. signals.Select(Signal)]);
        }

        return root.ToJsonString(Indented);
    }

    private static JsonNode Signal(Signal s)
    {
        var metadata = new JsonObject();
        foreach (var (name, value) in s.Levels)
        {
            metadata[name] = value;
        }

        metadata["signal_type"] = s.SignalType;
        return new JsonObject
        {
            ["bar"] = s.Bar,
            ["timestamp"] = s.BarTime.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
            ["direction"] = (int)s.Direction,
            ["entry"] = s.Entry,
            ["stop_loss"] = s.StopLoss,
            ["take_profit"] = s.TakeProfit,
            ["confidence"] = s.Confidence,
            ["rr"] = s.RiskReward,
            ["metadata"] = metadata,
        };
    }
}
