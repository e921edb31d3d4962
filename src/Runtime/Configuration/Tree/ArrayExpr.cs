namespace FractalTrader.Runtime.Configuration.Tree;

/// <summary>A list whose elements may still hold substitutions.</summary>
internal sealed class ArrayExpr : Expr
{
    public ArrayExpr(IReadOnlyList<Expr> elements, HoconOrigin origin)
        : base(origin)
    {
        Elements = elements;
        IsResolved = elements.All(e => e.IsResolved);
    }

    public IReadOnlyList<Expr> Elements { get; }

    public override bool IsResolved { get; }

    public override Expr Relativize(HoconPath prefix) =>
        IsResolved ? this : new ArrayExpr([.. Elements.Select(e => e.Relativize(prefix))], Origin);
}
