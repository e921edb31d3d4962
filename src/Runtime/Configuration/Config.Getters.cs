using System.Numerics;
using FractalTrader.Runtime.Configuration.Resolution;
using FractalTrader.Runtime.Configuration.Units;

namespace FractalTrader.Runtime.Configuration;

/// <content>Reading single values: lookups by path expression and conversions between types.</content>
public sealed partial class Config
{
    /// <summary>Whether the path has a value other than null.</summary>
    /// <exception cref="HoconException">Kind <see cref="HoconErrorKind.BadPath"/>: the path expression is malformed.</exception>
    public bool HasPath(string path) => Peek(ParsePath(path)) is { } v && v is not HoconNull;

    /// <summary>Whether the path has a value, null included.</summary>
    /// <exception cref="HoconException">Kind <see cref="HoconErrorKind.BadPath"/>: the path expression is malformed.</exception>
    public bool HasPathOrNull(string path) => Peek(ParsePath(path)) is not null;

    /// <summary>Whether the path is set to an explicit null.</summary>
    /// <exception cref="HoconException">Kind <see cref="HoconErrorKind.Missing"/>: the path has no value.</exception>
    public bool IsNull(string path) => Find(path, allowNull: true).Value is HoconNull;

    /// <summary>The value at a path, an explicit null included.</summary>
    /// <exception cref="HoconException">Kind <see cref="HoconErrorKind.Missing"/>: the path has no value.</exception>
    public HoconValue GetValue(string path) => Find(path, allowNull: true).Value;

    /// <summary>A string; numbers and booleans are converted to their text.</summary>
    /// <exception cref="HoconException">Missing, Null, or WrongType for an object or list.</exception>
    public string GetString(string path)
    {
        var (p, v) = Find(path);
        return AsString(v, p);
    }

    /// <summary>A boolean; the strings true/yes/on and false/no/off are converted.</summary>
    /// <exception cref="HoconException">Missing, Null, or WrongType.</exception>
    public bool GetBoolean(string path)
    {
        var (p, v) = Find(path);
        return AsBoolean(v, p);
    }

    /// <summary>A 32-bit integer; numeric strings are converted.</summary>
    /// <exception cref="HoconException">Missing, Null, WrongType, or BadValue for a fraction or a value out of range.</exception>
    public int GetInt(string path)
    {
        var (p, v) = Find(path);
        return AsInt(v, p);
    }

    /// <summary>A 64-bit integer; numeric strings are converted.</summary>
    /// <exception cref="HoconException">Missing, Null, WrongType, or BadValue for a fraction or a value out of range.</exception>
    public long GetLong(string path)
    {
        var (p, v) = Find(path);
        return AsLong(v, p);
    }

    /// <summary>A double; numeric strings (".33" included) are converted.</summary>
    /// <exception cref="HoconException">Missing, Null, or WrongType.</exception>
    public double GetDouble(string path)
    {
        var (p, v) = Find(path);
        return AsNumber(v, p).ToDouble();
    }

    /// <summary>A decimal read from the number's written form, so <c>0.1</c> is exactly 0.1 (for money and prices).</summary>
    /// <exception cref="HoconException">Missing, Null, WrongType, or BadValue when it does not fit a decimal.</exception>
    public decimal GetDecimal(string path)
    {
        var (p, v) = Find(path);
        return AsNumber(v, p).TryGetDecimal(out var d) ? d : throw BadValue(v, p, "is out of range for a decimal");
    }

    /// <summary>A duration such as <c>5s</c>, <c>250 ms</c> or <c>1.5h</c>; a bare number means milliseconds.</summary>
    /// <exception cref="HoconException">Missing, Null, WrongType for an object or list, or BadValue for a bad number or unit.</exception>
    public TimeSpan GetDuration(string path) => TimeSpan.FromTicks(GetNanoseconds(path) / 100);

    /// <summary>A duration in nanoseconds, exactly (<c>4878955355435272204ns</c> keeps every digit).</summary>
    /// <exception cref="HoconException">Missing, Null, WrongType, or BadValue.</exception>
    public long GetNanoseconds(string path)
    {
        var (p, v) = Find(path);
        return AsNanoseconds(v, p);
    }

    /// <summary>A duration in whole milliseconds.</summary>
    /// <exception cref="HoconException">Missing, Null, WrongType, or BadValue.</exception>
    public long GetMilliseconds(string path) => GetNanoseconds(path) / 1_000_000;

    /// <summary>A calendar period such as <c>3 weeks</c> or <c>5 mo</c>; a bare number means days.</summary>
    /// <exception cref="HoconException">Missing, Null, WrongType, or BadValue.</exception>
    public HoconPeriod GetPeriod(string path)
    {
        var (p, v) = Find(path);
        return PeriodUnits.Parse(UnitString(v, p, "a period such as 3 weeks"), reason => BadValue(v, p, reason, quoteValue: false));
    }

    /// <summary>A size in bytes such as <c>10MB</c>, <c>512KiB</c> or <c>0.5M</c>; a bare number means bytes.</summary>
    /// <exception cref="HoconException">Missing, Null, WrongType, or BadValue for a bad unit, a negative size, or one beyond 64 bits.</exception>
    public long GetBytes(string path)
    {
        var (p, v) = Find(path);
        return AsBytes(v, p);
    }

    /// <summary>A size in bytes without the 64-bit limit (<c>1YB</c> is 10^24).</summary>
    /// <exception cref="HoconException">Missing, Null, WrongType, or BadValue.</exception>
    public BigInteger GetBigBytes(string path)
    {
        var (p, v) = Find(path);
        return AsBigBytes(v, p);
    }

    /// <summary>An object.</summary>
    /// <exception cref="HoconException">Missing, Null, or WrongType.</exception>
    public HoconObject GetObject(string path)
    {
        var (p, v) = Find(path);
        return v as HoconObject ?? throw WrongType(v, p, "an object");
    }

    /// <summary>The configuration below a path.</summary>
    /// <exception cref="HoconException">Missing, Null, or WrongType.</exception>
    public Config GetConfig(string path) => FromObject(GetObject(path));

    private HoconValue? Peek(HoconPath path)
    {
        return resolved is null ? new Resolver(unresolved!, options: null).Evaluate(path) : resolved.Find(path);
    }

    private HoconPath ParsePath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return HoconPath.Parse(path);
        }
        catch (HoconException e) when (e.Kind == HoconErrorKind.BadPath)
        {
            throw new HoconException(HoconErrorKind.BadPath, Origin, path, "invalid path expression: " + e.Reason, e);
        }
    }

    private (ValuePath Path, HoconValue Value) Find(string path, bool allowNull = false)
    {
        var p = new ValuePath(ParsePath(path));
        var value = Peek(p.Path) ?? throw new HoconException(HoconErrorKind.Missing, Origin, p.Render(), "no setting at this path");
        if (value is HoconNull && !allowNull)
        {
            throw new HoconException(HoconErrorKind.Null, value.Origin, p.Render(), "the setting is null; a value is required");
        }

        return (p, value);
    }

    internal static string AsString(HoconValue v, ValuePath p) => v switch
    {
        HoconObject or HoconList => throw WrongType(v, p, "a string"),
        HoconNull => throw new HoconException(HoconErrorKind.Null, v.Origin, p.Render(), "the setting is null; a value is required"),
        _ => v.ConcatenationText!,
    };

    internal static bool AsBoolean(HoconValue v, ValuePath p)
    {
        if (v is HoconBoolean b)
        {
            return b.Value;
        }

        return v is HoconString s
            ? s.Value switch
            {
                "true" or "yes" or "on" => true,
                "false" or "no" or "off" => false,
                _ => throw WrongType(v, p, "a boolean (true/false, yes/no, on/off)"),
            }
            : throw WrongType(v, p, "a boolean (true/false, yes/no, on/off)");
    }

    internal static HoconNumber AsNumber(HoconValue v, ValuePath p) => v switch
    {
        HoconNumber n => n,
        HoconString s => HoconNumber.ParseString(s.Value, s.Origin) ?? throw WrongType(v, p, "a number"),
        _ => throw WrongType(v, p, "a number"),
    };

    internal static long AsLong(HoconValue v, ValuePath p)
    {
        var n = AsNumber(v, p);
        if (n.TryGetLong(out var l))
        {
            return l;
        }

        throw BadValue(v, p, double.IsFinite(n.ToDouble()) && Math.Abs(n.ToDouble()) >= 9.2e18
            ? "is out of range for a 64-bit integer"
            : "is not a whole number");
    }

    internal static int AsInt(HoconValue v, ValuePath p)
    {
        var l = AsLong(v, p);
        return l is >= int.MinValue and <= int.MaxValue ? (int)l : throw BadValue(v, p, "is out of range for a 32-bit integer");
    }

    internal static long AsNanoseconds(HoconValue v, ValuePath p) =>
        DurationUnits.ParseNanoseconds(UnitString(v, p, "a duration such as 5s"), reason => BadValue(v, p, reason, quoteValue: false));

    internal static BigInteger AsBigBytes(HoconValue v, ValuePath p)
    {
        var bytes = SizeUnits.Parse(UnitString(v, p, "a size such as 10MB"), reason => BadValue(v, p, reason, quoteValue: false));
        return bytes.Sign < 0 ? throw BadValue(v, p, "is a negative number; a size in bytes cannot be negative") : bytes;
    }

    internal static long AsBytes(HoconValue v, ValuePath p)
    {
        var bytes = AsBigBytes(v, p);
        return bytes <= long.MaxValue ? (long)bytes : throw BadValue(v, p, "is out of range: a size in bytes must fit in 64 bits (at most about 9.2 EB)");
    }

    private static string UnitString(HoconValue v, ValuePath p, string expected) => v switch
    {
        HoconString s => s.Value,
        HoconNumber n => n.Text,
        _ => throw WrongType(v, p, expected),
    };

    internal static HoconException WrongType(HoconValue v, ValuePath p, string expected) =>
        new(HoconErrorKind.WrongType, v.Origin, p.Render(), $"expected {expected}, found {Found(v, p)}");

    private static HoconException BadValue(HoconValue v, ValuePath p, string reason, bool quoteValue = true) =>
        new(HoconErrorKind.BadValue, v.Origin, p.Render(), quoteValue ? $"{Found(v, p)} {reason}" : Hide(reason, p));

    // What a value is, as an error message shows it; values of secret keys are not shown.
    private static string Found(HoconValue v, ValuePath p)
    {
        var kind = v switch
        {
            HoconObject => "an object",
            HoconList => "a list",
            HoconNull => "null",
            HoconString => "the string",
            HoconNumber => "the number",
            _ => "the boolean",
        };
        if (v is HoconObject or HoconList or HoconNull)
        {
            return kind;
        }

        return SecretKeys.IsSecretPath(p.Path) ? kind + " (not shown: the key looks secret)" : kind + " " + HoconException.Describe(v.ConcatenationText!);
    }

    private static string Hide(string reason, ValuePath p) =>
        SecretKeys.IsSecretPath(p.Path) ? "the value (not shown: the key looks secret) cannot be read" : reason;
}
