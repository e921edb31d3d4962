using FractalTrader.Runtime.Configuration.Tree;

namespace FractalTrader.Runtime.Configuration.Resolution;

/// <summary>
/// The tree as a self-reference sees it: in <c>path = ${path}":/bin"</c> the substitution must
/// read the key's older values only, so while that value resolves, the key's merge stack is cut
/// below it. A view is the root tree with such cuts; views are interned so equal cuts share
/// memoized results. Not thread-safe (owned by one resolver).
/// </summary>
internal sealed class View
{
    private readonly View? parent;
    private readonly HoconPath? path;
    private readonly IReadOnlyList<Expr>? items;
    private Dictionary<(HoconPath Path, int Count), View>? below;

    private View(View? parent, HoconPath? path, IReadOnlyList<Expr>? items)
    {
        this.parent = parent;
        this.path = path;
        this.items = items;
    }

    public static View CreateRoot() => new(null, null, null);

    /// <summary>The values of <paramref name="at"/> this view shows instead of the tree's, if it cuts that key.</summary>
    public bool TryGetCut(HoconPath at, out IReadOnlyList<Expr> stack)
    {
        for (var view = this; view is not null; view = view.parent)
        {
            if (view.path is not null && view.path.Equals(at))
            {
                stack = view.items!;
                return true;
            }
        }

        stack = [];
        return false;
    }

    /// <summary>Whether this view cuts the key <paramref name="key"/> under <paramref name="parent"/> or anything below it.</summary>
    public bool Cuts(HoconPath? parent, string key) => parent is not null && CutsBelow(parent.Append(key));

    /// <summary>Whether this view cuts <paramref name="at"/> or any path below it (so its values differ from the tree's).</summary>
    public bool CutsBelow(HoconPath? at)
    {
        if (parent is null || at is null)
        {
            return false;
        }

        for (var view = this; view is not null; view = view.parent)
        {
            if (view.path is not null && view.path.StartsWith(at))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>This view with <paramref name="at"/> showing only its <paramref name="count"/> oldest values.</summary>
    public View Below(HoconPath at, IReadOnlyList<Expr> stack, int count)
    {
        below ??= [];
        if (!below.TryGetValue((at, count), out var view))
        {
            view = new View(this, at, [.. stack.Take(count)]);
            below[(at, count)] = view;
        }

        return view;
    }
}
