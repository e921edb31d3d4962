using System.Globalization;

namespace FractalTrader.Runtime;

/// <summary>
/// The stable name and schema version an event or snapshot is stored under, written as
/// <c>name@version</c> (for example <c>order-filled@2</c>). Never a CLR type name, so renaming or
/// moving a type does not orphan an old journal. Immutable and thread-safe.
/// </summary>
/// <param name="Name">The stable name: non-empty, without <c>@</c> or control characters.</param>
/// <param name="Version">The schema version, from 1.</param>
public readonly record struct EventManifest(string Name, int Version)
{
    /// <summary>Reads <c>name@version</c>; a manifest without <c>@version</c> is version 1.</summary>
    /// <exception cref="FormatException">The text is not a manifest; the message quotes it.</exception>
    public static EventManifest Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var at = text.LastIndexOf('@');
        if (at < 0)
        {
            return Create(text, 1);
        }

        if (!int.TryParse(text.AsSpan(at + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new FormatException($"Manifest '{text}': the version after '@' is not a whole number.");
        }

        return Create(text[..at], version);
    }

    /// <summary>Creates a manifest after checking name and version.</summary>
    /// <exception cref="FormatException">The name is empty or has <c>@</c> or control characters, or the version is below 1.</exception>
    public static EventManifest Create(string name, int version)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0 || name.Contains('@', StringComparison.Ordinal) || name.Any(char.IsControl))
        {
            throw new FormatException($"Manifest name '{name}' must be non-empty, without '@' or control characters.");
        }

        if (version < 1)
        {
            throw new FormatException($"Manifest '{name}': version {version} is below 1.");
        }

        return new EventManifest(name, version);
    }

    /// <summary>The stored form, <c>name@version</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name}@{Version}");
}
