namespace FractalTrader.Runtime.Configuration;

/// <summary>A boolean value. Immutable and thread-safe.</summary>
public sealed class HoconBoolean : HoconValue
{
    /// <summary>Creates a boolean value.</summary>
    public HoconBoolean(bool value, HoconOrigin? origin = null)
        : base(origin ?? HoconOrigin.Api) => Value = value;

    /// <summary>The value.</summary>
    public bool Value { get; }

    /// <inheritdoc />
    public override HoconValueType Type => HoconValueType.Boolean;

    internal override string ConcatenationText => Value ? "true" : "false";

    /// <inheritdoc />
    public override HoconValue WithOrigin(HoconOrigin origin) => new HoconBoolean(Value, origin);

    /// <inheritdoc />
    public override bool Equals(HoconValue? other) => other is HoconBoolean b && b.Value == Value;

    /// <inheritdoc />
    public override int GetHashCode() => Value ? 1 : 2;
}
