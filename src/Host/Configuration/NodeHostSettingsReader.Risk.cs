using System.Globalization;
using FractalTrader.Actors.Reconciliation;
using FractalTrader.Actors.Risk;
using FractalTrader.Messages.Risk;
using FractalTrader.Runtime.Configuration;
using FractalTrader.Trading.Risk;

namespace FractalTrader.Host.Configuration;

/// <content>The risk guardian's rules (<c>fractal.risk</c>) and the reconciler's divergence budget.</content>
public static partial class NodeHostSettingsReader
{
    private const string Risk = "fractal.risk";

    private static RiskSettings ReadRisk(Config config)
    {
        var dailyLoss = $"{Risk}.daily-loss-limit";
        var cooldown = $"{Risk}.halt-cooldown";
        return new RiskSettings
        {
            Limits = new RiskLimits
            {
                MaxDrawdownPercent = Share(config, $"{Risk}.max-drawdown", 1m),
                DailyLossLimitPercent = config.IsNull(dailyLoss) ? null : Share(config, dailyLoss, 1m),
                MaxConsecutiveLosses = config.GetInt($"{Risk}.max-consecutive-losses", 1),
                MaxEntriesPerDay = config.GetInt($"{Risk}.max-entries-per-day", 1),
                MaxDataAge = config.GetPositiveDuration($"{Risk}.max-data-age"),
                HaltCooldown = config.IsNull(cooldown) ? null : config.GetPositiveDuration(cooldown),
            },
            Sizing = new SizingRules
            {
                // The caps the Python bot's validation enforced (spec §5.3): larger is a typo, not a strategy.
                BaseRiskPercent = Share(config, $"{Risk}.sizing.base-risk", 0.05m),
                MaxPositionPercent = Share(config, $"{Risk}.sizing.max-position", 0.10m),
                MinConfidence = Between(config, $"{Risk}.sizing.min-confidence", 0, 100),
            },
            Portfolio = new PortfolioLimits
            {
                MaxOpenPositions = config.GetInt($"{Risk}.portfolio.max-open-positions", 1),
                MaxTotalExposurePercent = Share(config, $"{Risk}.portfolio.max-total-exposure", 10m),
            },
        };
    }

    private static ReconcilerSettings ReadReconciliation(Config config)
    {
        var section = $"{Node}.reconciliation";
        var breach = $"{section}.breach-state";
        return new ReconcilerSettings
        {
            DivergenceBudget = config.GetInt($"{section}.divergence-budget", 0),
            BudgetWindow = config.GetPositiveDuration($"{section}.budget-window"),
            BreachState = config.GetString(breach) switch
            {
                "halted" => RiskState.Halted,
                "reducing" => RiskState.Reducing,
                var other => throw config.BadValue(breach, $"expected \"halted\" or \"reducing\", found '{other}'"),
            },
        };
    }

    /// <summary>A share such as 0.05, above 0 and at most <paramref name="maximum"/>.</summary>
    private static decimal Share(Config config, string path, decimal maximum)
    {
        var value = config.GetDecimal(path);
        return value > 0 && value <= maximum
            ? value
            : throw config.BadValue(path, $"must be a share above 0 and at most {maximum.ToString(CultureInfo.InvariantCulture)}, found {value.ToString(CultureInfo.InvariantCulture)}");
    }

    private static int Between(Config config, string path, int minimum, int maximum)
    {
        var value = config.GetInt(path);
        return value >= minimum && value <= maximum ? value : throw config.BadValue(path, $"must be from {minimum} to {maximum}, found {value}");
    }
}
