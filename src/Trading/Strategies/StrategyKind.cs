using System.Diagnostics.CodeAnalysis;

namespace FractalTrader.Trading.Strategies;

/// <summary>
/// One of the three strategies, named as the original names them. Immutable and thread-safe.
/// </summary>
/// <param name="Name">The original's strategy name, e.g. <c>liquidity_sweep</c>.</param>
public readonly record struct StrategyKind(string Name)
{
    /// <summary>Liquidity sweep reversal (spec §4.1).</summary>
    public static readonly StrategyKind LiquiditySweep = new("liquidity_sweep");

    /// <summary>Fair value gap fill (spec §4.2).</summary>
    public static readonly StrategyKind FvgFill = new("fvg_fill");

    /// <summary>Break of structure + order block retest (spec §4.3).</summary>
    public static readonly StrategyKind BosOrderBlock = new("bos_orderblock");

    /// <summary>All strategies, in the order the original's tools list them.</summary>
    public static IReadOnlyList<StrategyKind> All { get; } = [LiquiditySweep, FvgFill, BosOrderBlock];

    /// <summary>Parses a strategy name.</summary>
    /// <exception cref="FormatException">Unknown name; the message names it and the known ones.</exception>
    public static StrategyKind Parse(string name) =>
        TryParse(name, out var kind)
            ? kind
            : throw new FormatException($"Unknown strategy '{name}'; expected one of {string.Join(", ", All.Select(k => k.Name))}.");

    /// <summary>Parses a strategy name, returning false for an unknown one.</summary>
    public static bool TryParse([NotNullWhen(true)] string? name, out StrategyKind kind)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Name, name, StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
