namespace FractalTrader.Trading.MarketData;

/// <summary>
/// A candle input that cannot be used, with where it came from: the source (a file path or a
/// feed name) and, for files, the 1-based line.
/// </summary>
public sealed class CandleDataException : FormatException
{
    /// <summary>Creates the error; the message starts with <c>source:line:</c>.</summary>
    public CandleDataException(string source, int line, string reason)
        : base(line > 0 ? $"{source}:{line}: {reason}" : $"{source}: {reason}")
    {
        Source = source;
        Line = line;
        Reason = reason;
    }

    /// <summary>The file path or feed the bad candle came from.</summary>
    public new string Source { get; }

    /// <summary>The 1-based line in <see cref="Source"/>, or 0 when it is not a file.</summary>
    public int Line { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; }
}
