using FractalTrader.Runtime.Configuration.Resolution;

namespace FractalTrader.Runtime.Configuration;

/// <content>Reading lists: an object with numeric keys (<c>a.0</c>, <c>a.1</c>) is read as a list too.</content>
public sealed partial class Config
{
    /// <summary>A list of any values.</summary>
    /// <exception cref="HoconException">Missing, Null, or WrongType.</exception>
    public HoconList GetList(string path)
    {
        var (p, v) = Find(path);
        return AsList(v, p);
    }

    /// <summary>A list of strings.</summary>
    /// <exception cref="HoconException">Missing, Null, or WrongType (naming the bad element).</exception>
    public IReadOnlyList<string> GetStringList(string path) => MapList(path, AsString);

    /// <summary>A list of booleans.</summary>
    /// <exception cref="HoconException">Missing, Null, or WrongType (naming the bad element).</exception>
    public IReadOnlyList<bool> GetBooleanList(string path) => MapList(path, AsBoolean);

    /// <summary>A list of 32-bit integers.</summary>
    /// <exception cref="HoconException">Missing, Null, WrongType or BadValue (naming the bad element).</exception>
    public IReadOnlyList<int> GetIntList(string path) => MapList(path, AsInt);

    /// <summary>A list of 64-bit integers.</summary>
    /// <exception cref="HoconException">Missing, Null, WrongType or BadValue (naming the bad element).</exception>
    public IReadOnlyList<long> GetLongList(string path) => MapList(path, AsLong);

    /// <summary>A list of doubles.</summary>
    /// <exception cref="HoconException">Missing, Null, or WrongType (naming the bad element).</exception>
    public IReadOnlyList<double> GetDoubleList(string path) => MapList(path, (v, p) => AsNumber(v, p).ToDouble());

    /// <summary>A list of durations.</summary>
    /// <exception cref="HoconException">Missing, Null, WrongType or BadValue (naming the bad element).</exception>
    public IReadOnlyList<TimeSpan> GetDurationList(string path) => MapList(path, (v, p) => TimeSpan.FromTicks(AsNanoseconds(v, p) / 100));

    /// <summary>A list of durations in nanoseconds.</summary>
    /// <exception cref="HoconException">Missing, Null, WrongType or BadValue (naming the bad element).</exception>
    public IReadOnlyList<long> GetNanosecondsList(string path) => MapList(path, AsNanoseconds);

    /// <summary>A list of sizes in bytes.</summary>
    /// <exception cref="HoconException">Missing, Null, WrongType or BadValue (naming the bad element).</exception>
    public IReadOnlyList<long> GetBytesList(string path) => MapList(path, AsBytes);

    /// <summary>A list of sizes in bytes without the 64-bit limit.</summary>
    /// <exception cref="HoconException">Missing, Null, WrongType or BadValue (naming the bad element).</exception>
    public IReadOnlyList<System.Numerics.BigInteger> GetBigBytesList(string path) => MapList(path, AsBigBytes);

    /// <summary>A list of objects.</summary>
    /// <exception cref="HoconException">Missing, Null, or WrongType (naming the bad element).</exception>
    public IReadOnlyList<HoconObject> GetObjectList(string path) =>
        MapList(path, (v, p) => v as HoconObject ?? throw WrongType(v, p, "an object"));

    /// <summary>A list of objects as configurations.</summary>
    /// <exception cref="HoconException">Missing, Null, or WrongType (naming the bad element).</exception>
    public IReadOnlyList<Config> GetConfigList(string path) => [.. GetObjectList(path).Select(FromObject)];

    /// <summary>
    /// Every set value below the root as (path, value) pairs, objects flattened and lists kept
    /// whole; explicit nulls are left out.
    /// </summary>
    public IEnumerable<KeyValuePair<string, HoconValue>> Entries() => Flatten(HoconPath.Root, Root);

    private static IEnumerable<KeyValuePair<string, HoconValue>> Flatten(HoconPath at, HoconObject o)
    {
        foreach (var (key, value) in o)
        {
            var path = at.Append(key);
            if (value is HoconObject child)
            {
                foreach (var entry in Flatten(path, child))
                {
                    yield return entry;
                }
            }
            else if (value is not HoconNull)
            {
                yield return new(path.Render(), value);
            }
        }
    }

    private static HoconList AsList(HoconValue v, ValuePath p) => v switch
    {
        HoconList l => l,
        HoconObject o when o.Count == 0 || Resolver.AsList(o) is not null => Resolver.AsList(o) ?? new HoconList([], o.Origin),
        _ => throw WrongType(v, p, "a list"),
    };

    private IReadOnlyList<T> MapList<T>(string path, Func<HoconValue, ValuePath, T> convert)
    {
        var (p, v) = Find(path);
        var list = AsList(v, p);
        var result = new List<T>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var elementPath = p with { Element = i };
            if (list[i] is HoconNull)
            {
                throw new HoconException(HoconErrorKind.Null, list[i].Origin, elementPath.Render(), "the list element is null; a value is required");
            }

            result.Add(convert(list[i], elementPath));
        }

        return result;
    }
}
