namespace FractalTrader.Runtime.Configuration;

/// <summary>
/// A resolved configuration value with the origin it was read from. Immutable and thread-safe.
/// Equality ignores origins and follows the reference implementation: types must match, numbers
/// compare by value (whole numbers as 64-bit integers, fractions as doubles, a whole number never
/// equals a fraction), objects compare key by key regardless of order, lists element by element.
/// </summary>
public abstract class HoconValue : IEquatable<HoconValue>
{
    private protected HoconValue(HoconOrigin origin) => Origin = origin;

    /// <summary>Where the value was read from.</summary>
    public HoconOrigin Origin { get; }

    /// <summary>The type of the value.</summary>
    public abstract HoconValueType Type { get; }

    /// <summary>The same value with another origin.</summary>
    public abstract HoconValue WithOrigin(HoconOrigin origin);

    /// <inheritdoc />
    public abstract bool Equals(HoconValue? other);

    /// <inheritdoc />
    public sealed override bool Equals(object? obj) => Equals(obj as HoconValue);

    /// <inheritdoc />
    public abstract override int GetHashCode();

    /// <summary>The value as compact JSON; inside an object, values of secret-looking keys are redacted.</summary>
    public override string ToString() =>
        Rendering.JsonRenderer.Render(this is HoconObject o ? SecretKeys.Redact(o) : this, indented: false);

    /// <summary>The text a value has inside a string concatenation, or null for objects and lists.</summary>
    internal abstract string? ConcatenationText { get; }
}
