namespace FractalTrader.Runtime.Configuration.Tree;

/// <summary>
/// The values assigned to one key, oldest first, that could not be merged while parsing because a
/// substitution or concatenation among them has no known type yet. Resolving reads it from the
/// newest down; a substitution that refers to its own key sees only the values below it.
/// </summary>
internal sealed class MergeExpr : Expr
{
    public MergeExpr(IReadOnlyList<Expr> items)
        : base(items[^1].Origin) => Items = items;

    /// <summary>Oldest first; never another merge stack.</summary>
    public IReadOnlyList<Expr> Items { get; }

    public override bool IsResolved => false;

    public override Expr Relativize(HoconPath prefix) => new MergeExpr([.. Items.Select(i => i.Relativize(prefix))]);
}
