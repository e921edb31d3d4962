namespace FractalTrader.Runtime.Configuration.Tree;

/// <summary>
/// Merges a newer value over an older one for the same key, as far as that is possible before
/// resolving: objects merge field by field, a known non-object hides everything older, and
/// anything whose type depends on a substitution is stacked in a <see cref="MergeExpr"/>. Stateless.
/// </summary>
internal static class Merging
{
    public static Expr Merge(Expr older, Expr newer)
    {
        if (newer is MergeExpr stack)
        {
            var result = older;
            foreach (var item in stack.Items)
            {
                result = Merge(result, item);
            }

            return result;
        }

        if (Literal.IsDefiniteNonObject(newer))
        {
            return newer;
        }

        if (Literal.IsObject(newer))
        {
            if (Literal.IsObject(older))
            {
                return MergeObjects(older, newer);
            }

            if (Literal.IsDefiniteNonObject(older))
            {
                return newer;
            }

            if (older is MergeExpr olderStack)
            {
                var top = olderStack.Items[^1];
                return Literal.IsObject(top)
                    ? new MergeExpr([.. olderStack.Items.Take(olderStack.Items.Count - 1), MergeObjects(top, newer)])
                    : new MergeExpr([.. olderStack.Items, newer]);
            }

            return new MergeExpr([older, newer]);
        }

        return older is MergeExpr below ? new MergeExpr([.. below.Items, newer]) : new MergeExpr([older, newer]);
    }

    private static Expr MergeObjects(Expr older, Expr newer)
    {
        if (older is LiteralExpr { Value: HoconObject olderValue } && newer is LiteralExpr { Value: HoconObject newerValue })
        {
            return new LiteralExpr(newerValue.WithFallback(olderValue));
        }

        var olderObject = Literal.AsObjectExpr(older);
        var newerObject = Literal.AsObjectExpr(newer);
        if (olderObject.Count == 0)
        {
            return newerObject;
        }

        var fields = new List<KeyValuePair<string, Expr>>(olderObject.Count + newerObject.Count);
        foreach (var (key, value) in olderObject.Fields)
        {
            fields.Add(new(key, newerObject.TryGet(key, out var newerField) ? Merge(value, newerField) : value));
        }

        foreach (var (key, value) in newerObject.Fields)
        {
            if (!olderObject.TryGet(key, out _))
            {
                fields.Add(new(key, value));
            }
        }

        // An object keeps where it was first defined, as the reference keeps the lowest line.
        return new ObjectExpr(fields, olderObject.Origin);
    }
}
