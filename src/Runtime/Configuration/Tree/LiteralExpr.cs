namespace FractalTrader.Runtime.Configuration.Tree;

/// <summary>A value that needs no resolving: a scalar, or an already resolved object or list.</summary>
internal sealed class LiteralExpr : Expr
{
    public LiteralExpr(HoconValue value)
        : base(value.Origin) => Value = value;

    public HoconValue Value { get; }

    public override bool IsResolved => true;

    public override Expr Relativize(HoconPath prefix) => this;
}
