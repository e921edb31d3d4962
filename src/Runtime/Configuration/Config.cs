using FractalTrader.Runtime.Configuration.Parsing;
using FractalTrader.Runtime.Configuration.Resolution;
using FractalTrader.Runtime.Configuration.Tree;

namespace FractalTrader.Runtime.Configuration;

/// <summary>
/// A HOCON configuration: parsed from text or files, merged with fallbacks, resolved (substitutions
/// replaced, environment variables consulted) and read through typed getters that take path
/// expressions such as <c>fractal.actor.ask-timeout</c>. Immutable and thread-safe. Every error is
/// a <see cref="HoconException"/> naming file, line, column and path.
/// </summary>
/// <remarks>
/// <see cref="Parse(string, HoconParseOptions?, HoconResolveOptions?)"/> and
/// <see cref="Load(string, HoconParseOptions?, HoconResolveOptions?)"/> return resolved configurations.
/// The <c>Unresolved</c> variants keep substitutions so configurations can be merged first (an
/// application file over a reference file) and resolved once; getters on an unresolved
/// configuration work only for values that need no resolving.
/// </remarks>
public sealed partial class Config
{
    private readonly HoconObject? resolved;
    private readonly Expr? unresolved;

    private Config(HoconObject root) => resolved = root;

    private Config(Expr root) => unresolved = root;

    /// <summary>The empty configuration.</summary>
    public static Config Empty { get; } = new(HoconObject.Empty);

    /// <summary>Whether substitutions have been resolved.</summary>
    public bool IsResolved => resolved is not null;

    /// <summary>The resolved root object.</summary>
    /// <exception cref="HoconException">Kind <see cref="HoconErrorKind.NotResolved"/>: the configuration is unresolved.</exception>
    public HoconObject Root => resolved ?? throw new HoconException(
        HoconErrorKind.NotResolved, unresolved!.Origin, null, "the configuration has not been resolved; call Resolve() first");

    /// <summary>Where the configuration was read from.</summary>
    public HoconOrigin Origin => resolved?.Origin ?? unresolved!.Origin;

    /// <summary>A resolved configuration holding the given object.</summary>
    public static Config FromObject(HoconObject root)
    {
        ArgumentNullException.ThrowIfNull(root);
        return new Config(root);
    }

    /// <summary>Parses HOCON text (or the syntax in <paramref name="options"/>) and resolves it.</summary>
    /// <exception cref="HoconException">The text is invalid or a substitution cannot be resolved.</exception>
    public static Config Parse(string text, HoconParseOptions? options = null, HoconResolveOptions? resolveOptions = null) =>
        ParseUnresolved(text, options).Resolve(resolveOptions);

    /// <summary>Parses text without resolving substitutions.</summary>
    /// <exception cref="HoconException">The text is invalid.</exception>
    public static Config ParseUnresolved(string text, HoconParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Config(new SourceLoader(options ?? HoconParseOptions.Default).ParseText(text));
    }

    /// <summary>
    /// Loads a file and resolves it. The syntax comes from the extension; a path without one loads
    /// <c>path.conf</c>, <c>path.json</c> and <c>path.properties</c>, merged in that priority.
    /// Includes are resolved relative to the including file.
    /// </summary>
    /// <exception cref="HoconException">The file is missing, unreadable or invalid, or a substitution cannot be resolved.</exception>
    public static Config Load(string path, HoconParseOptions? options = null, HoconResolveOptions? resolveOptions = null) =>
        LoadUnresolved(path, options).Resolve(resolveOptions);

    /// <summary>Loads a file without resolving substitutions.</summary>
    /// <exception cref="HoconException">The file is missing, unreadable or invalid.</exception>
    public static Config LoadUnresolved(string path, HoconParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new Config(new SourceLoader(options ?? HoconParseOptions.Default).LoadPath(path));
    }

    /// <summary>
    /// Parses text whose root may also be a list, resolving substitutions when the root is an
    /// object; returns null for a list holding substitutions (they cannot be resolved without a root object).
    /// </summary>
    internal static HoconValue? ParseAnyRoot(string text, HoconResolveOptions resolveOptions)
    {
        var tree = new SourceLoader(HoconParseOptions.Default).ParseText(text, allowArrayRoot: true);
        if (tree is ArrayExpr array)
        {
            return array.IsResolved ? new Resolver(tree, resolveOptions).Evaluate(HoconPath.Root) : null;
        }

        return new Resolver(tree, resolveOptions).ResolveRoot();
    }

    /// <summary>This configuration with its substitutions resolved; a resolved configuration returns itself.</summary>
    /// <exception cref="HoconException">A substitution is undefined, part of a cycle, or joins incompatible values.</exception>
    public Config Resolve(HoconResolveOptions? options = null) =>
        resolved is not null ? this : new Config(new Resolver(unresolved!, options ?? HoconResolveOptions.Default).ResolveRoot());

    /// <summary>
    /// This configuration over <paramref name="fallback"/>: keys from both, this one's values
    /// winning, objects merged key by key. If either is unresolved the result is unresolved, so
    /// substitutions in either can see the merged values once resolved.
    /// </summary>
    public Config WithFallback(Config fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        if (resolved is not null && fallback.resolved is not null)
        {
            return new Config(resolved.WithFallback(fallback.resolved));
        }

        return new Config(Merging.Merge(fallback.Tree, Tree));
    }

    /// <summary>
    /// This configuration under overrides taken from environment variables named
    /// <paramref name="prefix"/> + path, where '_' stands for '.', '__' for '-' and '___' for '_'
    /// (<c>CONFIG_FORCE_akka_version</c> sets <c>akka.version</c>). Values are strings.
    /// </summary>
    /// <param name="variables">The variables to read; null means the process environment.</param>
    /// <param name="prefix">The prefix marking an override. The default is <c>CONFIG_FORCE_</c>.</param>
    public Config WithEnvironmentOverrides(IReadOnlyDictionary<string, string>? variables = null, string prefix = "CONFIG_FORCE_")
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var source = variables ?? System.Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => e.Value as string ?? string.Empty, StringComparer.Ordinal);
        var overrides = source
            .Where(v => v.Key.StartsWith(prefix, StringComparison.Ordinal) && v.Key.Length > prefix.Length)
            .Select(v => (OverrideKeys(v.Key, prefix), v.Value, new HoconOrigin("env " + v.Key, 0, 0)));
        var overrideObject = PropertiesParser.Build(overrides, new HoconOrigin("environment overrides", 0, 0));
        return FromObject(overrideObject).WithFallback(this);
    }

    private static string[] OverrideKeys(string variable, string prefix)
    {
        var name = new System.Text.StringBuilder();
        var underscores = 0;
        foreach (var c in variable.AsSpan(prefix.Length))
        {
            if (c == '_')
            {
                underscores++;
                continue;
            }

            name.Append(Underscores(underscores, variable));
            underscores = 0;
            name.Append(c);
        }

        name.Append(Underscores(underscores, variable));
        return name.ToString().Split('.');
    }

    private static string Underscores(int count, string variable) => count switch
    {
        0 => string.Empty,
        1 => ".",
        2 => "-",
        3 => "_",
        _ => throw new HoconException(HoconErrorKind.BadPath, new HoconOrigin("env " + variable, 0, 0), null,
            "an override variable may not hold more than three underscores in a row"),
    };

    private Expr Tree => unresolved ?? new LiteralExpr(resolved!);

    /// <summary>The configuration as JSON: exactly the resolved tree, numbers as numbers.</summary>
    public string ToJson(bool indented = true) => Rendering.JsonRenderer.Render(Root, indented);

    /// <summary>The configuration as HOCON text that parses back to the same tree.</summary>
    public string ToHocon() => Rendering.HoconRenderer.Render(Root);

    /// <summary>The configuration as compact JSON with secret values redacted, or a note that it is unresolved.</summary>
    public override string ToString() =>
        resolved is not null ? Rendering.JsonRenderer.Render(SecretKeys.Redact(resolved), indented: false) : "Config(unresolved, " + Origin + ")";
}
