namespace FractalTrader.Runtime.Configuration.Tree;

/// <summary>
/// Values on one line that are joined once their substitutions are resolved: strings into one
/// string, lists into one list, objects merged. Holds at least one substitution.
/// </summary>
internal sealed class ConcatExpr : Expr
{
    public ConcatExpr(IReadOnlyList<Expr> pieces, HoconOrigin origin)
        : base(origin) => Pieces = pieces;

    public IReadOnlyList<Expr> Pieces { get; }

    public override bool IsResolved => false;

    public override bool IsUnmergeable => true;

    public override Expr Relativize(HoconPath prefix) =>
        new ConcatExpr([.. Pieces.Select(p => p.Relativize(prefix))], Origin);
}
