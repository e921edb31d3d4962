using System.Diagnostics.CodeAnalysis;
using FractalTrader.Trading.Backtesting;

namespace FractalTrader.Trading.WalkForward;

/// <summary>
/// What the in-sample grid search maximises, by name (<c>sharpe</c>, <c>sortino</c>,
/// <c>profit_factor</c>, <c>total_return</c>, <c>cagr</c>). Immutable and thread-safe.
/// </summary>
/// <param name="Name">The objective's name.</param>
public readonly record struct Objective(string Name)
{
    /// <summary>Profit factors without a losing trade score this (instead of infinity).</summary>
    public const double ProfitFactorCeiling = 100;

    /// <summary>Annualised Sharpe ratio.</summary>
    public static readonly Objective Sharpe = new("sharpe");

    /// <summary>Annualised Sortino ratio.</summary>
    public static readonly Objective Sortino = new("sortino");

    /// <summary>Gross profit over gross loss.</summary>
    public static readonly Objective ProfitFactor = new("profit_factor");

    /// <summary>Total return.</summary>
    public static readonly Objective TotalReturn = new("total_return");

    /// <summary>Compound annual growth rate.</summary>
    public static readonly Objective Cagr = new("cagr");

    /// <summary>Every objective.</summary>
    public static IReadOnlyList<Objective> All { get; } = [Sharpe, Sortino, ProfitFactor, TotalReturn, Cagr];

    /// <summary>Parses an objective name.</summary>
    /// <exception cref="FormatException">Unknown name; the message lists the known ones.</exception>
    public static Objective Parse(string name) =>
        TryParse(name, out var objective) ? objective : throw new FormatException($"Unknown objective '{name}'; expected one of {string.Join(", ", All.Select(o => o.Name))}.");

    /// <summary>Parses an objective name, returning false for an unknown one.</summary>
    public static bool TryParse([NotNullWhen(true)] string? name, out Objective objective)
    {
        objective = All.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase));
        return objective.Name is not null;
    }

    /// <summary>The score of a result; a run without trades scores worst.</summary>
    public double Score(PerformanceMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        if (metrics.Trades.Trades == 0)
        {
            return double.NegativeInfinity;
        }

        return Name switch
        {
            "sharpe" => metrics.Sharpe,
            "sortino" => metrics.Sortino,
            "profit_factor" => Math.Min(metrics.Trades.ProfitFactor ?? ProfitFactorCeiling, ProfitFactorCeiling),
            "total_return" => metrics.TotalReturn,
            "cagr" => metrics.Cagr,
            _ => throw new InvalidOperationException($"Unknown objective '{Name}'."),
        };
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
