using System.Collections;

namespace FractalTrader.Runtime.Configuration;

/// <summary>A list value (HOCON array). Immutable and thread-safe.</summary>
public sealed class HoconList : HoconValue, IReadOnlyList<HoconValue>
{
    private readonly HoconValue[] items;

    /// <summary>Creates a list.</summary>
    public HoconList(IEnumerable<HoconValue> items, HoconOrigin? origin = null)
        : base(origin ?? HoconOrigin.Api)
    {
        ArgumentNullException.ThrowIfNull(items);
        this.items = [.. items];
    }

    /// <inheritdoc />
    public override HoconValueType Type => HoconValueType.List;

    internal override string? ConcatenationText => null;

    /// <inheritdoc />
    public int Count => items.Length;

    /// <inheritdoc />
    public HoconValue this[int index] => items[index];

    /// <inheritdoc />
    public IEnumerator<HoconValue> GetEnumerator() => ((IEnumerable<HoconValue>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

    /// <inheritdoc />
    public override HoconValue WithOrigin(HoconOrigin origin) => new HoconList(items, origin);

    /// <inheritdoc />
    public override bool Equals(HoconValue? other)
    {
        if (other is not HoconList l || l.Count != Count)
        {
            return false;
        }

        for (var i = 0; i < items.Length; i++)
        {
            if (!items[i].Equals(l.items[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}
