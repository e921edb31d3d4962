using FractalTrader.Cli.Terminal;
using FractalTrader.Trading.Strategies;

namespace FractalTrader.Cli.MarketFiles;

/// <summary>Parses <c>--strategy NAME|all</c> (comma-separated names allowed) into default parameters.</summary>
internal static class StrategySelection
{
    public static IReadOnlyList<StrategyParameters> Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || string.Equals(value.Trim(), "all", StringComparison.OrdinalIgnoreCase))
        {
            return [.. StrategyKind.All.Select(StrategyParameters.DefaultFor)];
        }

        var selected = new List<StrategyParameters>();
        foreach (var name in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!StrategyKind.TryParse(name, out var kind))
            {
                throw new UsageException($"unknown strategy '{name}'; expected all or one of {string.Join(", ", StrategyKind.All.Select(k => k.Name))}");
            }

            selected.Add(StrategyParameters.DefaultFor(kind));
        }

        return selected;
    }
}
