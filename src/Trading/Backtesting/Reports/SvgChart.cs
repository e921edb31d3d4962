using System.Globalization;
using System.Text;

namespace FractalTrader.Trading.Backtesting.Reports;

/// <summary>
/// Inline SVG line and area charts for the HTML reports (no scripts, no external files).
/// Long series are reduced to at most two points (min and max) per pixel column, so the shape
/// survives. Stateless and thread-safe.
/// </summary>
/// <remarks>Written by hand: no restorable package renders a dependency-free inline SVG chart.</remarks>
internal static class SvgChart
{
    private const int Width = 960;
    private const int Height = 240;
    private const int Left = 70;
    private const int Bottom = 24;

    /// <summary>A line chart of <paramref name="values"/> over <paramref name="times"/>.</summary>
    public static string Line(IReadOnlyList<DateTimeOffset> times, IReadOnlyList<double> values, string title, string color, bool fillBelowZero = false)
    {
        var text = new StringBuilder();
        var (min, max) = Range(values, fillBelowZero);
        text.Append(Invariant($"<svg viewBox=\"0 0 {Width} {Height}\" width=\"100%\" role=\"img\" aria-label=\"{title}\" xmlns=\"http://www.w3.org/2000/svg\">"));
        text.Append(Invariant($"<rect x=\"{Left}\" y=\"0\" width=\"{Width - Left}\" height=\"{Height - Bottom}\" fill=\"#fafafa\" stroke=\"#ddd\"/>"));
        text.Append(Invariant($"<text x=\"{Left - 6}\" y=\"12\" text-anchor=\"end\" font-size=\"11\">{Label(max)}</text>"));
        text.Append(Invariant($"<text x=\"{Left - 6}\" y=\"{Height - Bottom}\" text-anchor=\"end\" font-size=\"11\">{Label(min)}</text>"));
        if (times.Count > 0)
        {
            text.Append(Invariant($"<text x=\"{Left}\" y=\"{Height - 6}\" font-size=\"11\">{times[0]:yyyy-MM-dd}</text>"));
            text.Append(Invariant($"<text x=\"{Width}\" y=\"{Height - 6}\" text-anchor=\"end\" font-size=\"11\">{times[^1]:yyyy-MM-dd}</text>"));
        }

        var points = Points(values, min, max);
        if (fillBelowZero && points.Length > 0)
        {
            var zero = Y(0, min, max);
            text.Append(Invariant($"<polygon fill=\"{color}\" fill-opacity=\"0.35\" stroke=\"{color}\" points=\"{Left},{zero:F1} {points} {Width},{zero:F1}\"/>"));
        }
        else
        {
            text.Append(Invariant($"<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"1.5\" points=\"{points}\"/>"));
        }

        text.Append("</svg>");
        return text.ToString();
    }

    private static (double Min, double Max) Range(IReadOnlyList<double> values, bool includeZero)
    {
        var min = includeZero ? 0.0 : double.MaxValue;
        var max = includeZero ? 0.0 : double.MinValue;
        foreach (var v in values)
        {
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        if (values.Count == 0)
        {
            return (0, 1);
        }

        return max > min ? (min, max) : (min - 1, max + 1);
    }

    private static string Points(IReadOnlyList<double> values, double min, double max)
    {
        var text = new StringBuilder();
        var columns = Width - Left;
        var perColumn = Math.Max(1, (values.Count + columns - 1) / columns);
        for (var start = 0; start < values.Count; start += perColumn)
        {
            var end = Math.Min(values.Count, start + perColumn);
            var low = double.MaxValue;
            var high = double.MinValue;
            for (var i = start; i < end; i++)
            {
                low = Math.Min(low, values[i]);
                high = Math.Max(high, values[i]);
            }

            var x = Left + ((double)start / Math.Max(1, values.Count - 1) * columns);
            text.Append(Invariant($"{x:F1},{Y(high, min, max):F1} "));
            if (low < high)
            {
                text.Append(Invariant($"{x:F1},{Y(low, min, max):F1} "));
            }
        }

        return text.ToString().TrimEnd();
    }

    private static double Y(double value, double min, double max) => (Height - Bottom) * (1 - ((value - min) / (max - min)));

    private static string Label(double value) => Math.Abs(value) >= 1000
        ? value.ToString("N0", CultureInfo.InvariantCulture)
        : value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
