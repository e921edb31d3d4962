using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FractalTrader.Trading.Backtesting.Reports;

/// <summary>
/// The machine-readable backtest report: snake_case keys, money as JSON numbers from decimals,
/// times in ISO 8601 UTC. Stateless and thread-safe; pure (the caller writes the text).
/// </summary>
public static class BacktestJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The report as indented JSON text.</summary>
    public static string Render(BacktestResult result) => ToJson(result).ToJsonString(Indented);

    /// <summary>The report as a JSON tree (for embedding, e.g. per walk-forward window).</summary>
    public static JsonObject ToJson(BacktestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new JsonObject
        {
            ["markets"] = new JsonArray([.. result.Markets.Select(m => (JsonNode)new JsonObject { ["symbol"] = m.Symbol, ["timeframe"] = m.Timeframe, ["bars"] = m.Bars })]),
            ["strategies"] = StrategyList(result.Strategies),
            ["options"] = new JsonObject
            {
                ["initial_equity"] = result.Options.InitialEquity,
                ["taker_fee_bps"] = result.Options.TakerFeeBps,
                ["maker_fee_bps"] = result.Options.MakerFeeBps,
                ["slippage_bps"] = result.Options.SlippageBps,
                ["entry"] = result.Options.Entry == EntryTiming.NextBarOpen ? "next_bar_open" : "signal_bar_close",
                ["window"] = result.Options.Window,
            },
            ["metrics"] = Metrics(result.Metrics),
            ["by_strategy"] = Grouped(result.ByStrategy),
            ["by_symbol"] = Grouped(result.BySymbol),
            ["signals"] = result.Signals,
            ["refusals"] = new JsonObject([.. result.Refusals.OrderByDescending(r => r.Value).Select(r => KeyValuePair.Create(r.Key, (JsonNode?)r.Value))]),
            ["state_transitions"] = new JsonArray([.. result.StateTransitions.Select(t => (JsonNode)new JsonObject
            {
                ["at"] = Time(t.At),
                ["from"] = t.From.ToString().ToUpperInvariant(),
                ["to"] = t.To.ToString().ToUpperInvariant(),
                ["reason"] = t.Reason,
            })]),
            ["trades"] = new JsonArray([.. result.Trades.Select(Trade)]),
            ["equity"] = new JsonArray([.. result.Equity.Select(p => (JsonNode)new JsonArray(Time(p.Time), Math.Round(p.Equity, 6)))]),
        };
    }

    /// <summary>Strategies with their parameters by the original's names.</summary>
    public static JsonArray StrategyList(IEnumerable<Strategies.StrategyParameters> strategies) =>
        new([.. strategies.Select(s => (JsonNode)new JsonObject
        {
            ["name"] = s.Kind.Name,
            ["parameters"] = new JsonObject([.. s.ToNamedValues().Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))]),
        })]);

    /// <summary>Whole-run figures.</summary>
    public static JsonObject Metrics(PerformanceMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        return new JsonObject
        {
            ["initial_equity"] = metrics.InitialEquity,
            ["final_equity"] = metrics.FinalEquity,
            ["total_return"] = metrics.TotalReturn,
            ["cagr"] = metrics.Cagr,
            ["sharpe"] = metrics.Sharpe,
            ["sortino"] = metrics.Sortino,
            ["max_drawdown"] = metrics.MaxDrawdown,
            ["max_drawdown_duration_hours"] = metrics.MaxDrawdownDuration.TotalHours,
            ["exposure"] = metrics.Exposure,
            ["trades"] = Statistics(metrics.Trades),
        };
    }

    private static JsonObject Grouped(IReadOnlyDictionary<string, TradeStatistics> groups) =>
        new([.. groups.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => KeyValuePair.Create(g.Key, (JsonNode?)Statistics(g.Value)))]);

    private static JsonObject Statistics(TradeStatistics s) => new()
    {
        ["trades"] = s.Trades,
        ["win_rate"] = s.WinRate,
        ["profit_factor"] = s.ProfitFactor,
        ["expectancy"] = s.Expectancy,
        ["average_r"] = s.AverageR,
        ["net_pnl"] = s.NetPnl,
        ["fees"] = s.Fees,
    };

    private static JsonObject Trade(BacktestTrade t) => new()
    {
        ["symbol"] = t.Symbol,
        ["strategy"] = t.Strategy.Name,
        ["signal_id"] = t.SignalId.Value,
        ["direction"] = t.Direction == Strategies.TradeDirection.Long ? "long" : "short",
        ["size"] = t.Size,
        ["entry_time"] = Time(t.EntryTime),
        ["entry_price"] = t.EntryPrice,
        ["stop_loss"] = t.StopLoss,
        ["take_profit"] = t.TakeProfit,
        ["exit_time"] = Time(t.ExitTime),
        ["exit_price"] = t.ExitPrice,
        ["exit_reason"] = t.ExitReason switch { ExitReason.StopLoss => "stop_loss", ExitReason.TakeProfit => "take_profit", _ => "end_of_data" },
        ["fees"] = t.Fees,
        ["net_pnl"] = t.NetPnl,
        ["r_multiple"] = decimal.Round(t.RMultiple, 6),
        ["bars_held"] = t.BarsHeld,
    };

    /// <summary>A time as ISO 8601 UTC, the form every report uses.</summary>
    internal static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
