using System.Globalization;
using System.Runtime.CompilerServices;

namespace FractalTrader.Trading.Risk;

/// <summary>
/// Builds a reason from an interpolated string with invariant formatting, straight into a pooled
/// buffer: no <see cref="FormattableString"/>, no argument array and no boxed numbers, which matters
/// when a backtest writes a refusal reason for most of its signals. Used through <see cref="ReasonText.Of"/>.
/// </summary>
[InterpolatedStringHandler]
internal ref struct InvariantReason
{
    private DefaultInterpolatedStringHandler text;

    public InvariantReason(int literalLength, int formattedCount) =>
        text = new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture);

    public void AppendLiteral(string value) => text.AppendLiteral(value);

    public void AppendFormatted<T>(T value) => text.AppendFormatted(value);

    public void AppendFormatted<T>(T value, string? format) => text.AppendFormatted(value, format);

    public void AppendFormatted(string? value) => text.AppendFormatted(value);

    public string ToStringAndClear() => text.ToStringAndClear();
}
