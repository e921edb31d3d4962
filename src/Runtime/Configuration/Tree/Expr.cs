namespace FractalTrader.Runtime.Configuration.Tree;

/// <summary>
/// A node of the unresolved configuration tree the parser builds: values still holding
/// substitutions, concatenations and merge stacks. Immutable; nodes are shared between trees.
/// </summary>
internal abstract class Expr
{
    protected Expr(HoconOrigin origin) => Origin = origin;

    public HoconOrigin Origin { get; }

    /// <summary>Whether the node holds no substitution anywhere (it resolves to itself).</summary>
    public abstract bool IsResolved { get; }

    /// <summary>
    /// Whether the node's type is only known after resolving (a substitution or concatenation), so
    /// it cannot be merged at parse time and may look back in its merge stack.
    /// </summary>
    public virtual bool IsUnmergeable => false;

    /// <summary>The node moved under <paramref name="prefix"/>: substitutions look there first (included files).</summary>
    public abstract Expr Relativize(HoconPath prefix);
}
