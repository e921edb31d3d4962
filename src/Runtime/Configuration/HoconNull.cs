namespace FractalTrader.Runtime.Configuration;

/// <summary>An explicit null value; it hides earlier values of its key. Immutable and thread-safe.</summary>
public sealed class HoconNull : HoconValue
{
    /// <summary>Creates a null value.</summary>
    public HoconNull(HoconOrigin? origin = null)
        : base(origin ?? HoconOrigin.Api)
    {
    }

    /// <inheritdoc />
    public override HoconValueType Type => HoconValueType.Null;

    internal override string ConcatenationText => "null";

    /// <inheritdoc />
    public override HoconValue WithOrigin(HoconOrigin origin) => new HoconNull(origin);

    /// <inheritdoc />
    public override bool Equals(HoconValue? other) => other is HoconNull;

    /// <inheritdoc />
    public override int GetHashCode() => 0;
}
