namespace FractalTrader.Runtime.Configuration.Tree;

/// <summary>Turns resolved values back into tree nodes (to merge them with unresolved ones).</summary>
internal static class Literal
{
    public static Expr Of(HoconValue value) => new LiteralExpr(value);

    /// <summary>Whether the node is certainly not an object, so everything merged below it is hidden.</summary>
    public static bool IsDefiniteNonObject(Expr e) =>
        e is ArrayExpr || (e is LiteralExpr l && l.Value is not HoconObject);

    /// <summary>Whether the node is certainly an object.</summary>
    public static bool IsObject(Expr e) => e is ObjectExpr || (e is LiteralExpr l && l.Value is HoconObject);

    /// <summary>The value of a node that holds no substitution (<see cref="Expr.IsResolved"/>).</summary>
    public static HoconValue ToValue(Expr e) => e switch
    {
        LiteralExpr l => l.Value,
        ObjectExpr o => o.ResolvedValue(),
        ArrayExpr a => new HoconList(a.Elements.Select(ToValue), a.Origin),
        WhitespaceExpr w => new HoconString(w.Text, w.Origin),
        _ => throw new InvalidOperationException("not a resolved node: " + e.GetType().Name),
    };

    public static ObjectExpr AsObjectExpr(Expr e) => e as ObjectExpr ?? ObjectExpr.FromValue((HoconObject)((LiteralExpr)e).Value);
}
