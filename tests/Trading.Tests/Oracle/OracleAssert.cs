using System.Globalization;
using System.Text.Json;
using FractalTrader.Trading.Numerics;
using FractalTrader.Trading.Strategies;

namespace FractalTrader.Trading.Tests.Oracle;

/// <summary>Comparisons with the golden vectors: ints and bars exactly, floats within 1e-9 relative.</summary>
public static class OracleAssert
{
    public const double RelativeTolerance = 1e-9;

    public static bool Close(double expected, double actual)
    {
        if (double.IsNaN(expected) || double.IsNaN(actual))
        {
            return double.IsNaN(expected) && double.IsNaN(actual);
        }

        return expected == actual || Math.Abs(expected - actual) <= RelativeTolerance * Math.Max(Math.Abs(expected), Math.Abs(actual));
    }

    public static void Float(double expected, double actual, string what)
    {
        Close(expected, actual).Should().BeTrue(
            $"{what}: expected {expected.ToString("R", CultureInfo.InvariantCulture)}, got {actual.ToString("R", CultureInfo.InvariantCulture)}");
    }

    /// <summary>A list of bars, e.g. <c>[73, 225]</c>.</summary>
    public static void Bars(JsonElement expected, IEnumerable<int> actual, string what)
    {
        actual.Should().Equal(expected.EnumerateArray().Select(e => e.GetInt32()), what);
    }

    /// <summary>A series with a value at some bars, NaN elsewhere, against <c>[[bar, price], …]</c>.</summary>
    public static void PricedBars(JsonElement expected, ReadOnlySpan<double> actual, string what)
    {
        var actualPairs = new List<(int Bar, double Price)>();
        for (var i = 0; i < actual.Length; i++)
        {
            if (!double.IsNaN(actual[i]))
            {
                actualPairs.Add((i, actual[i]));
            }
        }

        var expectedPairs = expected.EnumerateArray().Select(e => (Bar: e[0].GetInt32(), Price: e[1].GetDouble())).ToList();
        actualPairs.Select(p => p.Bar).Should().Equal(expectedPairs.Select(p => p.Bar), $"{what}: bars");
        for (var k = 0; k < expectedPairs.Count; k++)
        {
            Float(expectedPairs[k].Price, actualPairs[k].Price, $"{what}[{k}] at bar {expectedPairs[k].Bar}");
        }
    }

    /// <summary>The bars where a flag series is set.</summary>
    public static IEnumerable<int> Flagged(bool[] flags) => flags.Select((f, i) => (f, i)).Where(p => p.f).Select(p => p.i);

    /// <summary>Compares signals with the oracle's <c>signals_default_params</c> list, in order.</summary>
    public static void Signals(JsonElement expected, IReadOnlyList<Signal> signals, string what)
    {
        signals.Select(s => s.Bar).Should().Equal(expected.EnumerateArray().Select(e => e.GetProperty("bar").GetInt32()), $"{what}: bars");
        var k = 0;
        foreach (var e in expected.EnumerateArray())
        {
            var signal = signals[k];
            var at = $"{what}[{k}] bar {signal.Bar}";
            signal.BarTime.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)
                .Should().Be(e.GetProperty("timestamp").GetString(), at);
            ((int)signal.Direction).Should().Be(e.GetProperty("direction").GetInt32(), at);
            OracleAssert.Float(e.GetProperty("entry").GetDouble(), ExactDouble.From(signal.Entry), $"{at} entry");
            OracleAssert.Float(e.GetProperty("stop_loss").GetDouble(), ExactDouble.From(signal.StopLoss), $"{at} stop_loss");
            OracleAssert.Float(e.GetProperty("take_profit").GetDouble(), ExactDouble.From(signal.TakeProfit), $"{at} take_profit");
            signal.Confidence.Should().Be(e.GetProperty("confidence").GetInt32(), $"{at} confidence");
            OracleAssert.Float(e.GetProperty("rr").GetDouble(), signal.RiskReward, $"{at} rr");
            var metadata = e.GetProperty("metadata");
            signal.SignalType.Should().Be(metadata.GetProperty("signal_type").GetString(), $"{at} signal_type");
            var levels = metadata.EnumerateObject().Where(p => !string.Equals(p.Name, "signal_type", StringComparison.Ordinal)).ToList();
            signal.Levels.Select(l => l.Key).Should().BeEquivalentTo(levels.Select(p => p.Name), $"{at} metadata keys");
            foreach (var level in levels)
            {
                OracleAssert.Float(level.Value.GetDouble(), ExactDouble.From(signal.Levels.Single(l => string.Equals(l.Key, level.Name, StringComparison.Ordinal)).Value), $"{at} {level.Name}");
            }

            k++;
        }
    }
}
