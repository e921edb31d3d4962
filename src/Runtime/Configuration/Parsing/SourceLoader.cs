using FractalTrader.Runtime.Configuration.Tree;

namespace FractalTrader.Runtime.Configuration.Parsing;

/// <summary>
/// Reads configuration text and files into the unresolved tree and carries out include
/// statements: locating the target (next to the including file, the working directory for
/// <c>file()</c>, then the search roots), guessing extensions for names without one (.conf over
/// .json over .properties, all merged), skipping missing targets unless <c>required()</c>, and
/// stopping include cycles. Not thread-safe; one instance serves one load.
/// </summary>
internal sealed class SourceLoader
{
    private const int MaxIncludeDepth = 50;

    private static readonly (string Extension, HoconSyntax Syntax)[] Extensions =
    [
        (".conf", HoconSyntax.Conf),
        (".json", HoconSyntax.Json),
        (".properties", HoconSyntax.Properties),
    ];

    private readonly HoconParseOptions options;
    private readonly List<(string FullPath, string Display)> chain = [];

    public SourceLoader(HoconParseOptions options) => this.options = options;

    public Expr ParseText(string text, bool allowArrayRoot = false)
    {
        var origin = new HoconOrigin(options.SourceName, 1, 1);
        var syntax = options.Syntax ?? HoconSyntax.Conf;
        return syntax == HoconSyntax.Properties
            ? PropertiesParser.Parse(text, origin)
            : Parser.Parse(text, origin, syntax, s => Include(s, includer: null), allowArrayRoot);
    }

    public Expr LoadPath(string path)
    {
        if (File.Exists(path))
        {
            return ParseFile(path, path, options.Syntax ?? SyntaxOf(path) ?? HoconSyntax.Conf, includedFrom: null);
        }

        var hasExtension = SyntaxOf(path) is not null;
        if (!hasExtension && LoadBasename(path, options.Syntax, n => File.Exists(n) ? [n] : [], includedFrom: null) is { } loaded)
        {
            return loaded;
        }

        var origin = new HoconOrigin(path, 0, 0);
        if (options.AllowMissing)
        {
            return ObjectExpr.Empty(origin);
        }

        throw new HoconException(HoconErrorKind.Io, origin, null, hasExtension
            ? "the configuration file does not exist"
            : "the configuration file does not exist (nor with a .conf, .json or .properties extension)");
    }

    private static HoconSyntax? SyntaxOf(string name)
    {
        foreach (var (extension, syntax) in Extensions)
        {
            if (name.EndsWith(extension, StringComparison.Ordinal))
            {
                return syntax;
            }
        }

        return null;
    }

    private Expr Include(IncludeStatement statement, string? includer)
    {
        options.OnInclude?.Invoke(statement.Name);
        if (chain.Count >= MaxIncludeDepth)
        {
            throw new HoconException(HoconErrorKind.IncludeCycle, statement.Origin, null,
                $"include statements nested more than {MaxIncludeDepth} times; the includes probably form a cycle ({string.Join(" -> ", chain.Select(c => c.Display))})");
        }

        var name = statement.Name;
        var loaded = statement.Kind switch
        {
            IncludeKind.Heuristic when IsUrl(name) => LoadUrl(name, statement),
            IncludeKind.Heuristic => LoadBasename(name, null, candidate => NextToIncluder(candidate, includer), statement),
            IncludeKind.File => LoadBasename(name, null, candidate => File.Exists(candidate) ? [candidate] : [], statement),
            IncludeKind.Classpath => LoadBasename(name, null, InSearchRoots, statement),
            _ => LoadUrl(name, statement),
        };

        if (loaded is not null)
        {
            return loaded;
        }

        if (statement.Required)
        {
            throw new HoconException(HoconErrorKind.Io, statement.Origin, null,
                $"required include {HoconException.Describe(name)} was not found"
                + (statement.Kind == IncludeKind.Classpath ? " in the include search roots" : string.Empty));
        }

        return ObjectExpr.Empty(statement.Origin);
    }

    private static bool IsUrl(string name) =>
        name.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("http:", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("https:", StringComparison.OrdinalIgnoreCase);

    private Expr? LoadUrl(string name, IncludeStatement statement)
    {
        if (!Uri.TryCreate(name, UriKind.Absolute, out var uri))
        {
            throw new HoconException(HoconErrorKind.Parse, statement.Origin, null, $"include url() names an invalid URL: {HoconException.Describe(name)}");
        }

        if (!uri.IsFile)
        {
            throw new HoconException(HoconErrorKind.Io, statement.Origin, null,
                $"include url() supports file: URLs only; configuration is never fetched over the network ({HoconException.Describe(name)})");
        }

        // A URL names exactly one resource: no extension guessing.
        var path = uri.LocalPath;
        return File.Exists(path) ? ParseFile(path, path, SyntaxOf(path) ?? HoconSyntax.Conf, statement) : null;
    }

    private IReadOnlyList<string> NextToIncluder(string candidate, string? includer)
    {
        if (Path.IsPathRooted(candidate))
        {
            if (File.Exists(candidate))
            {
                return [candidate];
            }
        }
        else
        {
            var directory = includer is null ? options.BaseDirectory : Path.GetDirectoryName(includer);
            if (directory is not null)
            {
                var sibling = Path.Combine(directory, candidate);
                if (File.Exists(sibling))
                {
                    return [sibling];
                }
            }
        }

        return InSearchRoots(candidate);
    }

    private IReadOnlyList<string> InSearchRoots(string candidate)
    {
        var relative = candidate.TrimStart('/');
        return [.. options.IncludeSearchRoots.Select(root => Path.Combine(root, relative)).Where(File.Exists)];
    }

    private Expr? LoadBasename(string name, HoconSyntax? only, Func<string, IReadOnlyList<string>> locate, IncludeStatement? includedFrom)
    {
        if (SyntaxOf(name) is { } syntax)
        {
            return LoadAll(locate(name), syntax, includedFrom);
        }

        Expr? merged = null;
        foreach (var (extension, candidateSyntax) in Extensions)
        {
            if (only is not null && only != candidateSyntax)
            {
                continue;
            }

            if (LoadAll(locate(name + extension), candidateSyntax, includedFrom) is { } part)
            {
                // Earlier extensions win: .conf over .json over .properties.
                merged = merged is null ? part : Merging.Merge(part, merged);
            }
        }

        return merged;
    }

    private Expr? LoadAll(IReadOnlyList<string> files, HoconSyntax syntax, IncludeStatement? includedFrom)
    {
        Expr? merged = null;
        foreach (var file in files)
        {
            var part = ParseFile(file, file, syntax, includedFrom);
            merged = merged is null ? part : Merging.Merge(part, merged);
        }

        return merged;
    }

    private Expr ParseFile(string path, string display, HoconSyntax syntax, IncludeStatement? includedFrom)
    {
        var fullPath = Path.GetFullPath(path);
        if (chain.Any(c => string.Equals(c.FullPath, fullPath, StringComparison.Ordinal)))
        {
            var cycle = string.Join(" -> ", chain.Select(c => c.Display).Append(display));
            throw new HoconException(HoconErrorKind.IncludeCycle, includedFrom?.Origin ?? new HoconOrigin(display, 0, 0), null,
                $"include cycle: {cycle} (include statements would nest forever)");
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new HoconException(HoconErrorKind.Io, includedFrom?.Origin ?? new HoconOrigin(display, 0, 0), null,
                $"cannot read {HoconException.Describe(display, 200)}: {e.Message}", e);
        }

        chain.Add((fullPath, display));
        try
        {
            var origin = new HoconOrigin(display, 1, 1);
            return syntax == HoconSyntax.Properties
                ? PropertiesParser.Parse(text, origin)
                : Parser.Parse(text, origin, syntax, s => Include(s, display));
        }
        finally
        {
            chain.RemoveAt(chain.Count - 1);
        }
    }
}
