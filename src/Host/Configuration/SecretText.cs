using FractalTrader.Runtime.Configuration;

namespace FractalTrader.Host.Configuration;

/// <summary>
/// A secret from configuration (a signing key). <see cref="ToString"/> shows only a placeholder,
/// so records holding it can be logged; <see cref="Reveal"/> is called where the secret is used.
/// Immutable and thread-safe.
/// </summary>
public sealed class SecretText
{
    private readonly string value;

    /// <summary>Wraps <paramref name="value"/>.</summary>
    public SecretText(string value) => this.value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The secret itself.</summary>
    public string Reveal() => value;

    /// <inheritdoc />
    public override string ToString() => SecretKeys.Placeholder;
}
