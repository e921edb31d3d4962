namespace FractalTrader.Runtime.Configuration.Tree;

/// <summary>
/// <c>${path}</c> or <c>${?path}</c>. In an included file the path is prefixed with the include
/// point; <see cref="PrefixLength"/> keys can be dropped to look the path up from the root instead.
/// </summary>
internal sealed class SubstitutionExpr : Expr
{
    public SubstitutionExpr(HoconPath path, bool optional, HoconOrigin origin, int prefixLength = 0)
        : base(origin)
    {
        Path = path;
        Optional = optional;
        PrefixLength = prefixLength;
    }

    public HoconPath Path { get; }

    public bool Optional { get; }

    public int PrefixLength { get; }

    /// <summary>The path as written in its file.</summary>
    public HoconPath WrittenPath => Path.Skip(PrefixLength);

    public override bool IsResolved => false;

    public override bool IsUnmergeable => true;

    public override Expr Relativize(HoconPath prefix) =>
        new SubstitutionExpr(prefix.Append(Path), Optional, Origin, PrefixLength + prefix.Length);

    public override string ToString() => "${" + (Optional ? "?" : string.Empty) + WrittenPath.Render() + "}";
}
