using System.Globalization;
using System.Text;
using FractalTrader.Trading.MarketData.Quality;

namespace FractalTrader.Trading.MarketData;

/// <summary>
/// Reads and writes candle files: a header <c>timestamp,open,high,low,close,volume</c>, then one
/// bar per line, timestamps as <c>yyyy-MM-dd HH:mm:ss</c> (UTC, the original bot's format) or
/// ISO 8601, numbers in invariant culture. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// Strict reading rejects what a live feed must never pass on: unparsable or non-finite numbers,
/// negative values, OHLC that contradict each other (high below open/close/low, low above
/// open/close), and timestamps out of order or repeated. Lenient reading accepts inconsistent
/// OHLC only, because the original project's fixtures contain such bars.
/// </remarks>
public static class CandleCsv
{
    /// <summary>The header line every candle file starts with.</summary>
    public const string Header = "timestamp,open,high,low,close,volume";

    private const string TimestampFormat = "yyyy-MM-dd HH:mm:ss";
    private static readonly string[] Columns = ["timestamp", "open", "high", "low", "close", "volume"];

    /// <summary>Reads a candle file.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="lenient">Accept bars whose OHLC are inconsistent (the original's fixtures).</param>
    /// <exception cref="CandleDataException">The file has a bad line; the message names file and line.</exception>
    public static IReadOnlyList<Candle> Read(string path, bool lenient = false)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Read(reader, path, lenient);
    }

    /// <summary>Reads candles from text; <paramref name="source"/> names the input in errors.</summary>
    /// <exception cref="CandleDataException">A bad line; the message names source and line.</exception>
    public static IReadOnlyList<Candle> Read(TextReader reader, string source, bool lenient = false)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var candles = new List<Candle>();
        var lineNumber = 1;
        var header = reader.ReadLine();
        if (header is null || !IsHeader(header))
        {
            throw new CandleDataException(source, 1, $"expected the header '{Header}', found '{header ?? "<empty file>"}'");
        }

        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var candle = ParseLine(line, source, lineNumber, lenient);
            if (candles.Count > 0 && candle.OpenTime <= candles[^1].OpenTime)
            {
                var what = candle.OpenTime == candles[^1].OpenTime ? "duplicate" : "out-of-order";
                throw new CandleDataException(
                    source, lineNumber, $"{what} timestamp {Format(candle.OpenTime)} (previous bar {Format(candles[^1].OpenTime)})");
            }

            candles.Add(candle);
        }

        return candles;
    }

    /// <summary>Writes candles in the format <see cref="Read(string, bool)"/> reads.</summary>
    public static void Write(string path, IEnumerable<Candle> candles)
    {
        ArgumentNullException.ThrowIfNull(path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Write(writer, candles);
    }

    /// <summary>Writes candles, header first, one bar per line with <c>\n</c> line ends.</summary>
    public static void Write(TextWriter writer, IEnumerable<Candle> candles)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(candles);
        writer.Write(Header);
        writer.Write('\n');
        foreach (var c in candles)
        {
            writer.Write(string.Create(
                CultureInfo.InvariantCulture,
                $"{Format(c.OpenTime)},{c.Open},{c.High},{c.Low},{c.Close},{c.Volume}\n"));
        }
    }

    private static bool IsHeader(string line)
    {
        var names = line.Trim().TrimStart('\uFEFF').Split(',');
        return names.Length == Columns.Length
            && names.Zip(Columns).All(p => string.Equals(p.First.Trim(), p.Second, StringComparison.OrdinalIgnoreCase));
    }

    private static Candle ParseLine(string line, string source, int lineNumber, bool lenient)
    {
        var fields = line.Split(',');
        if (fields.Length != Columns.Length)
        {
            throw new CandleDataException(source, lineNumber, $"expected {Columns.Length} fields, found {fields.Length}");
        }

        var openTime = ParseTimestamp(fields[0], source, lineNumber);
        var open = ParseNumber(fields[1], "open", source, lineNumber);
        var high = ParseNumber(fields[2], "high", source, lineNumber);
        var low = ParseNumber(fields[3], "low", source, lineNumber);
        var close = ParseNumber(fields[4], "close", source, lineNumber);
        var volume = ParseNumber(fields[5], "volume", source, lineNumber);

        var candle = new Candle(openTime, open, high, low, close, volume);
        if (!lenient && CandleConsistency.Problem(candle, requirePositive: false) is { } problem)
        {
            throw new CandleDataException(source, lineNumber, problem);
        }

        return candle;
    }

    private static decimal ParseNumber(string text, string field, string source, int lineNumber)
    {
        var trimmed = text.Trim();
        if (!decimal.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            // decimal has no NaN or infinity, so those land here too, named as what they are.
            throw new CandleDataException(source, lineNumber, $"{field} '{trimmed}' is not a finite number");
        }

        if (value < 0)
        {
            throw new CandleDataException(source, lineNumber, $"{field} {trimmed} is negative");
        }

        return value;
    }

    private static DateTimeOffset ParseTimestamp(string text, string source, int lineNumber)
    {
        var trimmed = text.Trim();
        if (DateTime.TryParseExact(trimmed, TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var naive))
        {
            return new DateTimeOffset(naive, TimeSpan.Zero);
        }

        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso))
        {
            return iso.ToUniversalTime();
        }

        throw new CandleDataException(source, lineNumber, $"timestamp '{trimmed}' is neither '{TimestampFormat}' nor ISO 8601");
    }

    private static string Format(DateTimeOffset time) =>
        time.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture);
}
