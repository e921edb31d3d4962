namespace FractalTrader.Runtime.Configuration;

/// <summary>How configuration text and files are read. Immutable and thread-safe.</summary>
public sealed record HoconParseOptions
{
    /// <summary>Defaults: syntax from the file extension, no search roots, missing files are errors.</summary>
    public static HoconParseOptions Default { get; } = new();

    /// <summary>
    /// The syntax to read with. Null (the default) means: from the file extension (<c>.conf</c>
    /// HOCON, <c>.json</c> strict JSON, <c>.properties</c> Java properties), HOCON otherwise. When
    /// set, loading a name without extension reads only the file with that syntax's extension.
    /// </summary>
    public HoconSyntax? Syntax { get; init; }

    /// <summary>
    /// Folders searched, in order, for an <c>include "name"</c> not found next to the including file
    /// and for <c>include classpath("name")</c>: the reference implementation's classpath. Empty by default.
    /// </summary>
    public IReadOnlyList<string> IncludeSearchRoots { get; init; } = [];

    /// <summary>Whether a missing top-level file gives an empty configuration instead of an error. The default is false.</summary>
    public bool AllowMissing { get; init; }

    /// <summary>Folder that <c>include "name"</c> in parsed text (not a file) is resolved against; null means only the search roots.</summary>
    public string? BaseDirectory { get; init; }

    /// <summary>Name of parsed text in origins and errors. The default is "string".</summary>
    public string SourceName { get; init; } = "string";

    /// <summary>Called with the name of every include statement, in the order they are processed.</summary>
    public Action<string>? OnInclude { get; init; }
}
