namespace FractalTrader.Runtime.Configuration;

/// <summary>How substitutions are resolved. Immutable and thread-safe.</summary>
public sealed record HoconResolveOptions
{
    /// <summary>Defaults: substitutions not found in the configuration fall back to the process environment.</summary>
    public static HoconResolveOptions Default { get; } = new();

    /// <summary>No environment fallback (the reference's <c>noSystem</c>, used by the conformance suite).</summary>
    public static HoconResolveOptions WithoutEnvironment { get; } = new() { UseEnvironment = false };

    /// <summary>Whether <c>${X}</c> not found in the configuration is looked up as an environment variable. The default is true.</summary>
    public bool UseEnvironment { get; init; } = true;

    /// <summary>
    /// The environment variables to use; null (the default) means the process environment, read
    /// once per resolve. Tests inject a dictionary instead of changing the process environment.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Environment { get; init; }

    /// <summary>Options that read the given variables instead of the process environment.</summary>
    public static HoconResolveOptions FromEnvironment(IReadOnlyDictionary<string, string> variables) =>
        new() { Environment = variables ?? throw new ArgumentNullException(nameof(variables)) };
}
