namespace FractalTrader.Runtime.Configuration.Tree;

/// <summary>
/// Joins the values of a concatenation as far as possible while parsing: adjacent strings become
/// one string, lists one list, objects one merged object; pieces next to a substitution wait for
/// the resolver. Stateless.
/// </summary>
internal static class Concatenation
{
    public static Expr Build(IReadOnlyList<Expr> pieces, Func<Expr, Expr, HoconException> incompatible)
    {
        if (pieces.Count == 1 && pieces[0] is not ConcatExpr)
        {
            return pieces[0];
        }

        var joined = new List<Expr>();
        foreach (var piece in pieces.SelectMany(p => p is ConcatExpr c ? c.Pieces : [p]))
        {
            if (joined.Count > 0 && TryJoin(joined[^1], piece, incompatible) is { } both)
            {
                joined[^1] = both;
            }
            else
            {
                joined.Add(piece);
            }
        }

        return joined.Count == 1 ? joined[0] : new ConcatExpr(joined, joined[0].Origin);
    }

    private static Expr? TryJoin(Expr left, Expr right, Func<Expr, Expr, HoconException> incompatible)
    {
        if (left.IsUnmergeable || right.IsUnmergeable)
        {
            return null;
        }

        var leftIsCollection = Literal.IsObject(left) || IsList(left);
        var rightIsCollection = Literal.IsObject(right) || IsList(right);
        if (Literal.IsObject(left) && Literal.IsObject(right))
        {
            return Merging.Merge(left, right);
        }

        if (IsList(left) && IsList(right))
        {
            return new ArrayExpr([.. Elements(left), .. Elements(right)], left.Origin);
        }

        if (leftIsCollection && right is WhitespaceExpr)
        {
            return left;
        }

        if (left is WhitespaceExpr && rightIsCollection)
        {
            return right;
        }

        if (leftIsCollection && rightIsCollection)
        {
            // An object with numeric keys may become a list: decided when resolving.
            return null;
        }

        if (leftIsCollection || rightIsCollection)
        {
            throw incompatible(left, right);
        }

        var text = Text(left) + Text(right);
        return left is WhitespaceExpr && right is WhitespaceExpr
            ? new WhitespaceExpr(text, left.Origin)
            : new LiteralExpr(new HoconString(text, left.Origin));
    }

    private static bool IsList(Expr e) => e is ArrayExpr || (e is LiteralExpr l && l.Value is HoconList);

    private static IEnumerable<Expr> Elements(Expr e) =>
        e is ArrayExpr a ? a.Elements : ((HoconList)((LiteralExpr)e).Value).Select(Literal.Of);

    private static string Text(Expr e) => e is WhitespaceExpr w ? w.Text : ((LiteralExpr)e).Value.ConcatenationText!;
}
