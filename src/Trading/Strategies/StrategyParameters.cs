using System.Globalization;

namespace FractalTrader.Trading.Strategies;

/// <summary>
/// A strategy's parameters, with the original's names and defaults. Immutable and thread-safe.
/// </summary>
public abstract record StrategyParameters
{
    /// <summary>Which strategy these parameters drive.</summary>
    public abstract StrategyKind Kind { get; }

    /// <summary>Signals below this reward/risk ratio are dropped (inclusive).</summary>
    public abstract double MinRiskReward { get; init; }

    /// <summary>ATR period used by the confidence score. The default is 14.</summary>
    public abstract int AtrPeriod { get; init; }

    /// <summary>The default parameters of <paramref name="kind"/>.</summary>
    public static StrategyParameters DefaultFor(StrategyKind kind) =>
        kind == StrategyKind.LiquiditySweep ? new LiquiditySweep.LiquiditySweepParameters()
        : kind == StrategyKind.FvgFill ? new FvgFill.FvgFillParameters()
        : kind == StrategyKind.BosOrderBlock ? new BosOrderBlock.BosOrderBlockParameters()
        : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown strategy.");

    /// <summary>The parameters by their original names, in a stable order.</summary>
    public abstract IReadOnlyList<KeyValuePair<string, double>> ToNamedValues();

    /// <summary>
    /// A copy with the named values replaced (the original merges caller overrides into its
    /// defaults). Integer parameters must be given whole numbers.
    /// </summary>
    /// <exception cref="ArgumentException">An unknown name or an invalid value; the message names it.</exception>
    public StrategyParameters With(IEnumerable<KeyValuePair<string, double>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var result = this;
        foreach (var (name, value) in values)
        {
            result = result.WithValue(name, value);
        }

        result.Validate();
        return result;
    }

    /// <summary>Checks every value; the message names the bad parameter.</summary>
    /// <exception cref="ArgumentException">A parameter is out of range.</exception>
    public abstract void Validate();

    /// <summary>A copy with one named value replaced.</summary>
    protected abstract StrategyParameters WithValue(string name, double value);

    /// <summary>The error for a name this strategy does not have.</summary>
    protected ArgumentException UnknownParameter(string name) =>
        new($"Strategy {Kind} has no parameter '{name}'; it has {string.Join(", ", ToNamedValues().Select(p => p.Key))}.", nameof(name));

    /// <summary>A whole-number parameter value, or an error naming it.</summary>
    protected static int Whole(string name, double value) =>
        value == Math.Floor(value) && value is >= int.MinValue and <= int.MaxValue
            ? (int)value
            : throw new ArgumentException($"Parameter '{name}' must be a whole number, got {value.ToString(CultureInfo.InvariantCulture)}.", nameof(value));

    /// <summary>Throws when <paramref name="valid"/> is false, naming the parameter and its value.</summary>
    protected static void Require(bool valid, string name, double value, string rule)
    {
        if (!valid)
        {
            throw new ArgumentException($"Parameter '{name}' = {value.ToString(CultureInfo.InvariantCulture)} is invalid: {rule}.", name);
        }
    }
}
