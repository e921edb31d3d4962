using Microsoft.Extensions.Configuration;

namespace FractalTrader.Runtime.Configuration.Provider;

/// <summary>
/// A HOCON file as a Microsoft.Extensions.Configuration source: the resolved tree flattened to
/// <c>section:key</c> entries (list elements as <c>section:0</c>, ...). Immutable once built.
/// </summary>
public sealed class HoconConfigurationSource : IConfigurationSource
{
    /// <summary>The file; a relative path is resolved against the builder's base path (as for JSON files).</summary>
    public required string Path { get; init; }

    /// <summary>Whether a missing file is ignored instead of failing the load. The default is false.</summary>
    public bool Optional { get; init; }

    /// <summary>How the file is read. The default is by extension, without search roots.</summary>
    public HoconParseOptions ParseOptions { get; init; } = HoconParseOptions.Default;

    /// <summary>How substitutions resolve. The default falls back to the process environment for <c>${?VAR}</c>.</summary>
    public HoconResolveOptions ResolveOptions { get; init; } = HoconResolveOptions.Default;

    /// <inheritdoc />
    public IConfigurationProvider Build(IConfigurationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var basePath = builder.GetFileProvider() is Microsoft.Extensions.FileProviders.PhysicalFileProvider physical ? physical.Root : null;
        var fullPath = System.IO.Path.IsPathRooted(Path) || basePath is null ? Path : System.IO.Path.Combine(basePath, Path);
        return new HoconConfigurationProvider(this, fullPath);
    }
}
