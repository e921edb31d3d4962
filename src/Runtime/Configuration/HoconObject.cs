using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace FractalTrader.Runtime.Configuration;

/// <summary>
/// An object value: keys in the order they were first written, each mapped to a value. Keys are
/// single path elements (a key may itself contain dots). Immutable and thread-safe.
/// </summary>
public sealed class HoconObject : HoconValue, IReadOnlyDictionary<string, HoconValue>
{
    private readonly KeyValuePair<string, HoconValue>[] entries;
    private readonly Dictionary<string, int> index;

    /// <summary>Creates an object from entries; a repeated key keeps its first position and its last value.</summary>
    public HoconObject(IEnumerable<KeyValuePair<string, HoconValue>> entries, HoconOrigin? origin = null)
        : base(origin ?? HoconOrigin.Api)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = new List<KeyValuePair<string, HoconValue>>();
        index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.Value is null)
            {
                throw new ArgumentException("an entry has a null value; use HoconNull for an explicit null", nameof(entries));
            }

            if (index.TryGetValue(entry.Key, out var at))
            {
                list[at] = entry;
            }
            else
            {
                index[entry.Key] = list.Count;
                list.Add(entry);
            }
        }

        this.entries = [.. list];
    }

    /// <summary>An empty object.</summary>
    public static HoconObject Empty { get; } = new([], HoconOrigin.Api);

    /// <inheritdoc />
    public override HoconValueType Type => HoconValueType.Object;

    internal override string? ConcatenationText => null;

    /// <inheritdoc />
    public int Count => entries.Length;

    /// <inheritdoc />
    public IEnumerable<string> Keys => entries.Select(e => e.Key);

    /// <inheritdoc />
    public IEnumerable<HoconValue> Values => entries.Select(e => e.Value);

    /// <inheritdoc />
    public HoconValue this[string key] => entries[index[key]].Value;

    /// <inheritdoc />
    public bool ContainsKey(string key) => index.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out HoconValue value)
    {
        if (index.TryGetValue(key, out var at))
        {
            value = entries[at].Value;
            return true;
        }

        value = null;
        return false;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, HoconValue>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, HoconValue>>)entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override HoconValue WithOrigin(HoconOrigin origin) => new HoconObject(entries, origin);

    /// <summary>The value at a path below this object, or null when a key is missing or a non-object is in the way.</summary>
    public HoconValue? Find(HoconPath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        HoconValue current = this;
        foreach (var key in path.Keys)
        {
            if (current is not HoconObject o || !o.TryGetValue(key, out var next))
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    /// <summary>
    /// This object merged over <paramref name="fallback"/>: keys from both, this object's values
    /// winning, objects under the same key merged recursively.
    /// </summary>
    public HoconObject WithFallback(HoconObject fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        if (fallback.Count == 0)
        {
            return this;
        }

        var merged = new List<KeyValuePair<string, HoconValue>>(fallback.Count + Count);
        foreach (var (key, older) in fallback.entries)
        {
            if (!TryGetValue(key, out var newer))
            {
                merged.Add(new(key, older));
            }
            else if (newer is HoconObject newerObject && older is HoconObject olderObject)
            {
                merged.Add(new(key, newerObject.WithFallback(olderObject)));
            }
            else
            {
                merged.Add(new(key, newer));
            }
        }

        foreach (var entry in entries)
        {
            if (!fallback.ContainsKey(entry.Key))
            {
                merged.Add(entry);
            }
        }

        return new HoconObject(merged, Origin);
    }

    /// <inheritdoc />
    public override bool Equals(HoconValue? other)
    {
        if (other is not HoconObject o || o.Count != Count)
        {
            return false;
        }

        foreach (var (key, value) in entries)
        {
            if (!o.TryGetValue(key, out var theirs) || !value.Equals(theirs))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = 17;
        foreach (var (key, value) in entries)
        {
            // Order-independent, like the equality.
            hash ^= HashCode.Combine(StringComparer.Ordinal.GetHashCode(key), value.GetHashCode());
        }

        return hash;
    }
}
