namespace FractalTrader.Runtime.Configuration.Tree;

/// <summary>
/// A key under what a substitution points to (<c>${b}</c> seen from <c>a.c</c> when <c>a = ${b}</c>):
/// looked up as <c>b.c</c> without resolving the rest of <c>b</c>, so references into an alias
/// stay lazy. Only the resolver creates it.
/// </summary>
internal sealed class SubstitutionChildExpr : Expr
{
    public SubstitutionChildExpr(SubstitutionExpr substitution, HoconPath keys)
        : base(substitution.Origin)
    {
        Substitution = substitution;
        Keys = keys;
    }

    public SubstitutionExpr Substitution { get; }

    public HoconPath Keys { get; }

    public override bool IsResolved => false;

    public override bool IsUnmergeable => true;

    public override Expr Relativize(HoconPath prefix) =>
        new SubstitutionChildExpr((SubstitutionExpr)Substitution.Relativize(prefix), Keys);
}
