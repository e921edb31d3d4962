using System.Globalization;
using FractalTrader.Trading.Strategies;

namespace FractalTrader.Trading.WalkForward;

/// <summary>
/// The parameter values to search per strategy; a candidate is one value for every listed
/// parameter of every strategy (the cartesian product). Immutable and thread-safe.
/// </summary>
public sealed class ParameterGrid
{
    private readonly IReadOnlyList<StrategyParameters> strategies;
    private readonly IReadOnlyList<(int Strategy, string Name, IReadOnlyList<double> Values)> axes;

    private ParameterGrid(IReadOnlyList<StrategyParameters> strategies, IReadOnlyList<(int, string, IReadOnlyList<double>)> axes)
    {
        this.strategies = strategies;
        this.axes = axes;
    }

    /// <summary>Number of candidates.</summary>
    public int Count => axes.Aggregate(1, (product, axis) => product * axis.Values.Count);

    /// <summary>The strategies searched (with their base parameters).</summary>
    public IReadOnlyList<StrategyParameters> Strategies => strategies;

    /// <summary>
    /// A grid over <paramref name="strategies"/> from specs like <c>liquidity_sweep.swing_period=3,5,7</c>;
    /// without specs, each strategy's small default grid.
    /// </summary>
    /// <exception cref="FormatException">A malformed spec, an unknown strategy or parameter; the message names it.</exception>
    public static ParameterGrid Parse(IReadOnlyList<StrategyParameters> strategies, IEnumerable<string> specs)
    {
        ArgumentNullException.ThrowIfNull(strategies);
        ArgumentNullException.ThrowIfNull(specs);
        var list = specs.ToList();
        if (list.Count == 0)
        {
            list = [.. strategies.SelectMany(DefaultSpecs)];
        }

        var parsed = new List<(int, string, IReadOnlyList<double>)>();
        foreach (var spec in list)
        {
            var (strategy, name, values) = ParseSpec(spec);
            var index = strategies.ToList().FindIndex(s => s.Kind == strategy);
            if (index < 0)
            {
                throw new FormatException($"Grid '{spec}' names strategy {strategy}, which is not being tested.");
            }

            try
            {
                foreach (var value in values)
                {
                    strategies[index].With([new(name, value)]);
                }
            }
            catch (ArgumentException e)
            {
                throw new FormatException($"Grid '{spec}': {e.Message}", e);
            }

            parsed.Add((index, name, values));
        }

        return new ParameterGrid(strategies, parsed);
    }

    /// <summary>Every candidate: the strategies with one combination of grid values.</summary>
    public IReadOnlyList<IReadOnlyList<StrategyParameters>> Candidates()
    {
        var result = new List<IReadOnlyList<StrategyParameters>>();
        var choice = new int[axes.Count];
        for (var c = 0; c < Count; c++)
        {
            var remainder = c;
            for (var a = axes.Count - 1; a >= 0; a--)
            {
                choice[a] = remainder % axes[a].Values.Count;
                remainder /= axes[a].Values.Count;
            }

            var candidate = strategies.ToArray();
            for (var a = 0; a < axes.Count; a++)
            {
                var (strategy, name, values) = axes[a];
                candidate[strategy] = candidate[strategy].With([new(name, values[choice[a]])]);
            }

            result.Add(candidate);
        }

        return result;
    }

    /// <summary>The searched parameters of a candidate, as <c>strategy.parameter</c> → value.</summary>
    public IReadOnlyList<KeyValuePair<string, double>> Describe(IReadOnlyList<StrategyParameters> candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return [.. axes.Select(axis => new KeyValuePair<string, double>(
            $"{strategies[axis.Strategy].Kind.Name}.{axis.Name}",
            candidate[axis.Strategy].ToNamedValues().First(p => string.Equals(p.Key, axis.Name, StringComparison.Ordinal)).Value))];
    }

    private static IEnumerable<string> DefaultSpecs(StrategyParameters strategy)
    {
        if (strategy.Kind == StrategyKind.LiquiditySweep)
        {
            yield return "liquidity_sweep.swing_period=3,5";
            yield return "liquidity_sweep.min_rr_ratio=1.5,2";
        }
        else if (strategy.Kind == StrategyKind.FvgFill)
        {
            yield return "fvg_fill.min_gap_percent=0.001,0.002,0.004";
        }
        else if (strategy.Kind == StrategyKind.BosOrderBlock)
        {
            yield return "bos_orderblock.swing_period=3,5";
        }
    }

    private static (StrategyKind Strategy, string Name, IReadOnlyList<double> Values) ParseSpec(string spec)
    {
        var equals = spec.IndexOf('=', StringComparison.Ordinal);
        var dot = spec.IndexOf('.', StringComparison.Ordinal);
        if (equals < 0 || dot < 0 || dot > equals)
        {
            throw new FormatException($"Grid '{spec}' is not 'strategy.parameter=v1,v2,...'.");
        }

        var strategy = StrategyKind.Parse(spec[..dot].Trim());
        var name = spec[(dot + 1)..equals].Trim();
        var values = new List<double>();
        foreach (var text in spec[(equals + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw new FormatException($"Grid '{spec}': '{text}' is not a number.");
            }

            values.Add(value);
        }

        return values.Count == 0 ? throw new FormatException($"Grid '{spec}' lists no values.") : (strategy, name, values);
    }
}
