using System.Globalization;

namespace FractalTrader.Runtime.Configuration;

/// <summary>
/// Where a configuration value or error comes from: a source (a file path as it was given, or a
/// description such as <c>env FRACTAL_NODE_NAME</c>) and, for text sources, the 1-based line and
/// column. Immutable and thread-safe.
/// </summary>
/// <param name="Source">The file path or description of the input.</param>
/// <param name="Line">The 1-based line, or 0 when the source has no lines (environment, API).</param>
/// <param name="Column">The 1-based column, or 0 when unknown.</param>
public sealed record HoconOrigin(string Source, int Line, int Column)
{
    /// <summary>An origin for values built in code rather than read from text.</summary>
    public static HoconOrigin Api { get; } = new("api", 0, 0);

    /// <summary>The same source at another position.</summary>
    public HoconOrigin At(int line, int column) => new(Source, line, column);

    /// <summary>The origin as <c>source:line:column</c>, or just the source when it has no lines.</summary>
    public override string ToString() =>
        Line > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{Source}:{Line}:{Math.Max(Column, 1)}")
            : Source;
}
