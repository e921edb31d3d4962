namespace FractalTrader.Runtime.Configuration;

/// <summary>A string value. Immutable and thread-safe.</summary>
public sealed class HoconString : HoconValue
{
    /// <summary>Creates a string value.</summary>
    public HoconString(string value, HoconOrigin? origin = null)
        : base(origin ?? HoconOrigin.Api)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    /// <summary>The text.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public override HoconValueType Type => HoconValueType.String;

    internal override string ConcatenationText => Value;

    /// <inheritdoc />
    public override HoconValue WithOrigin(HoconOrigin origin) => new HoconString(Value, origin);

    /// <inheritdoc />
    public override bool Equals(HoconValue? other) => other is HoconString s && string.Equals(s.Value, Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);
}
