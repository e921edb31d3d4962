using System.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;
using FractalTrader.Runtime.Configuration.Tree;

namespace FractalTrader.Runtime.Configuration.Resolution;

/// <summary>
/// Resolves the unresolved tree into values (specs/hocon.md §4-§6). Written by hand: no HOCON
/// package can be restored here. Values are computed lazily per path and memoized, so a lookup
/// resolves only what lies on its way and nothing is computed twice (no exponential blow-up).
/// A key's merge stack is read from the newest value down; a substitution or concatenation that
/// refers back to its own key sees only the values below it (<see cref="View"/>). Re-entering a
/// path or value that is still being computed is a cycle: an optional substitution closing it
/// becomes undefined, anything else is a <see cref="HoconErrorKind.SubstitutionCycle"/>.
/// Undefined results are null. Not thread-safe; one instance resolves one tree once.
/// </summary>
internal sealed class Resolver
{
    private const long StepBudget = 2_000_000;

    private readonly Expr root;
    private readonly HoconResolveOptions? options;
    private readonly View rootView = View.CreateRoot();
    private readonly Dictionary<(HoconPath, View), HoconValue?> pathValues = [];
    private readonly Dictionary<(HoconPath, View), IReadOnlyList<Expr>> stacks = [];
    private readonly Dictionary<(Expr, View), HoconValue?> itemValues = [];
    private readonly HashSet<(HoconPath, View)> evaluatingPaths = [];
    private readonly HashSet<(Expr, View)> evaluatingItems = [];
    private readonly HashSet<SubstitutionExpr> expanding = [];
    private readonly List<HoconPath> trace = [];
    private HoconObject? environment;
    private long steps;

    /// <summary>Creates a resolver; with null options it only reads values that need no resolving.</summary>
    public Resolver(Expr root, HoconResolveOptions? options)
    {
        this.root = root;
        this.options = options;
    }

    private HoconPath? CurrentPath => trace.Count == 0 ? null : trace[^1];

    public HoconObject ResolveRoot()
    {
        var value = Evaluate(HoconPath.Root);
        return value as HoconObject ?? new HoconObject([], root.Origin);
    }

    /// <summary>The value at a path, or null when there is none.</summary>
    public HoconValue? Evaluate(HoconPath path)
    {
        try
        {
            return EvalPath(path, rootView);
        }
        catch (CycleSignal signal)
        {
            // Only reached when a cycle runs through no substitution at all, which parsing rules out.
            throw new HoconException(HoconErrorKind.SubstitutionCycle, root.Origin, signal.Path?.Render(), "values refer to each other in a cycle");
        }
    }

    private void Step()
    {
        if (++steps > StepBudget)
        {
            throw new HoconException(HoconErrorKind.BadValue, root.Origin, CurrentPath?.Render(),
                "the configuration is too complex to resolve (too many substitution steps)");
        }

        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new HoconException(HoconErrorKind.BadValue, root.Origin, CurrentPath?.Render(),
                "substitutions refer through each other too deeply to resolve");
        }
    }

    private HoconValue? EvalPath(HoconPath path, View view)
    {
        var key = (path, view);
        if (pathValues.TryGetValue(key, out var known))
        {
            return known;
        }

        if (!evaluatingPaths.Add(key))
        {
            throw new CycleSignal(path);
        }

        trace.Add(path);
        HoconValue? value;
        try
        {
            Step();
            value = EvalStack(FieldStack(path, view), path, view);
        }
        finally
        {
            evaluatingPaths.Remove(key);
            trace.RemoveAt(trace.Count - 1);
        }

        pathValues[key] = value;
        return value;
    }

    /// <summary>The values assigned to a path, oldest first, as this view sees them.</summary>
    private IReadOnlyList<Expr> FieldStack(HoconPath path, View view)
    {
        if (view.TryGetCut(path, out var cut))
        {
            return cut;
        }

        if (path.IsRoot)
        {
            return [root];
        }

        var key = (path, view);
        if (!stacks.TryGetValue(key, out var items))
        {
            Step();
            var parent = path.Parent;
            items = ChildItems(FieldStack(parent, view), parent, path.Last, view);
            stacks[key] = items;
        }

        return items;
    }

    /// <summary>
    /// The values a child key gets from its parent's merge stack, oldest first. Reads the parent
    /// stack from the newest value down and stops where a non-object hides the rest.
    /// </summary>
    private List<Expr> ChildItems(IReadOnlyList<Expr> items, HoconPath? parentPath, string key, View view)
    {
        var found = new List<Expr>();
        for (var i = items.Count - 1; i >= 0; i--)
        {
            var item = items[i];
            if (item is ObjectExpr o)
            {
                if (o.TryGet(key, out var field))
                {
                    AddNewestFirst(found, field);
                }
            }
            else if (item is LiteralExpr { Value: HoconObject literal })
            {
                if (literal.TryGetValue(key, out var child))
                {
                    found.Add(new LiteralExpr(child));
                }
            }
            else if (Literal.IsDefiniteNonObject(item))
            {
                break;
            }
            else if (i == 0 && item is SubstitutionExpr s)
            {
                // Nothing older to merge with: look the key up through the substitution without resolving all of it.
                found.Add(new SubstitutionChildExpr(s, HoconPath.Of(key)));
                break;
            }
            else if (i == 0 && item is SubstitutionChildExpr sc)
            {
                found.Add(new SubstitutionChildExpr(sc.Substitution, sc.Keys.Append(key)));
                break;
            }
            else
            {
                var value = EvalItem(items, i, parentPath, view);
                if (value is HoconObject resolved)
                {
                    if (resolved.TryGetValue(key, out var child))
                    {
                        found.Add(new LiteralExpr(child));
                    }
                }
                else if (value is not null)
                {
                    break;
                }
            }

            if (found.Count > 0 && Literal.IsDefiniteNonObject(found[^1]))
            {
                break;
            }
        }

        found.Reverse();
        return found;
    }

    private static void AddNewestFirst(List<Expr> found, Expr field)
    {
        if (field is MergeExpr stack)
        {
            for (var j = stack.Items.Count - 1; j >= 0; j--)
            {
                found.Add(stack.Items[j]);
                if (Literal.IsDefiniteNonObject(stack.Items[j]))
                {
                    return;
                }
            }
        }
        else
        {
            found.Add(field);
        }
    }

    /// <summary>Merges a stack from the newest value down: a non-object on top wins, objects merge until a non-object.</summary>
    private HoconValue? EvalStack(IReadOnlyList<Expr> items, HoconPath? path, View view)
    {
        if (items.Count == 1 && items[0].IsResolved && !view.CutsBelow(path))
        {
            return Literal.ToValue(items[0]);
        }

        var objects = new List<(int Index, HoconValue? Resolved)>();
        for (var i = items.Count - 1; i >= 0; i--)
        {
            var item = items[i];
            if (Literal.IsObject(item))
            {
                objects.Add((i, null));
                continue;
            }

            if (item is LiteralExpr literal)
            {
                if (objects.Count == 0)
                {
                    return literal.Value;
                }

                break;
            }

            if (item is ArrayExpr array)
            {
                if (objects.Count == 0)
                {
                    return EvalArray(array, view);
                }

                break;
            }

            var value = EvalItem(items, i, path, view);
            if (value is null)
            {
                continue;
            }

            if (value is HoconObject)
            {
                objects.Add((i, value));
                continue;
            }

            if (objects.Count == 0)
            {
                return value;
            }

            break;
        }

        return objects.Count == 0 ? null : BuildObject(items, objects, path, view);
    }

    private HoconObject BuildObject(IReadOnlyList<Expr> items, List<(int Index, HoconValue? Resolved)> objects, HoconPath? path, View view)
    {
        // Keys in the order they were first written: oldest part first.
        var keys = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var j = objects.Count - 1; j >= 0; j--)
        {
            var (index, resolved) = objects[j];
            var partKeys = resolved is HoconObject r ? r.Keys
                : items[index] is ObjectExpr o ? o.Keys
                : ((HoconObject)((LiteralExpr)items[index]).Value).Keys;
            foreach (var k in partKeys)
            {
                if (seen.Add(k))
                {
                    keys.Add(k);
                }
            }
        }

        var lowest = objects[^1].Index;
        var parts = lowest == 0 ? items : items.Skip(lowest).ToList();
        var single = objects.Count == 1 ? items[objects[0].Index] as ObjectExpr : null;
        var entries = new List<KeyValuePair<string, HoconValue>>(keys.Count);
        foreach (var k in keys)
        {
            // A field that is the only value of its key and holds no substitution needs no lookups.
            var child = single is not null && single.TryGet(k, out var field) && field.IsResolved && !view.Cuts(path, k)
                ? Literal.ToValue(field)
                : path is not null
                    ? EvalPath(path.Append(k), view)
                    : EvalStack(ChildItems(parts, null, k, view), null, view);
            if (child is not null)
            {
                entries.Add(new(k, child));
            }
        }

        var oldest = objects[^1];
        return new HoconObject(entries, oldest.Resolved?.Origin ?? items[oldest.Index].Origin);
    }

    private HoconValue? EvalItem(IReadOnlyList<Expr> items, int index, HoconPath? path, View view)
    {
        var item = items[index];
        if (options is null)
        {
            throw new HoconException(HoconErrorKind.NotResolved, item.Origin, path?.Render() ?? CurrentPath?.Render(),
                "this value holds substitutions that have not been resolved; resolve the configuration first");
        }

        var itemView = path is not null && index > 0 ? view.Below(path, items, index) : view;
        var key = (item, itemView);
        if (itemValues.TryGetValue(key, out var known))
        {
            return known;
        }

        if (!evaluatingItems.Add(key))
        {
            throw new CycleSignal(path);
        }

        HoconValue? value;
        try
        {
            value = EvalExpr(item, itemView);
        }
        finally
        {
            evaluatingItems.Remove(key);
        }

        itemValues[key] = value;
        return value;
    }

    private HoconValue? EvalExpr(Expr e, View view)
    {
        Step();
        return e switch
        {
            LiteralExpr l => l.Value,
            WhitespaceExpr w => new HoconString(w.Text, w.Origin),
            ObjectExpr => EvalStack([e], null, view),
            MergeExpr m => EvalStack(m.Items, null, view),
            ArrayExpr a => EvalArray(a, view),
            SubstitutionExpr s => EvalSubstitution(s, view),
            SubstitutionChildExpr sc => EvalSubstitutionChild(sc, view),
            ConcatExpr c => EvalConcat(c, view),
            _ => throw new InvalidOperationException("unknown node " + e.GetType().Name),
        };
    }

    private HoconValue EvalArray(ArrayExpr array, View view)
    {
        if (options is null && !array.IsResolved)
        {
            var unresolved = array.Elements.First(e => !e.IsResolved);
            throw new HoconException(HoconErrorKind.NotResolved, unresolved.Origin, CurrentPath?.Render(),
                "this list holds substitutions that have not been resolved; resolve the configuration first");
        }

        var values = new List<HoconValue>(array.Elements.Count);
        foreach (var element in array.Elements)
        {
            // An undefined optional substitution leaves the element out.
            if (EvalExpr(element, view) is { } value)
            {
                values.Add(value);
            }
        }

        return new HoconList(values, array.Origin);
    }

    private HoconValue? EvalSubstitution(SubstitutionExpr s, View view)
    {
        if (options is null)
        {
            throw new HoconException(HoconErrorKind.NotResolved, s.Origin, CurrentPath?.Render(),
                $"substitution {s} has not been resolved; resolve the configuration first");
        }

        HoconValue? value;
        try
        {
            value = EvalPath(s.Path, view);
            if (value is null && s.PrefixLength > 0)
            {
                value = EvalPath(s.WrittenPath, view);
            }

            value ??= LookUpEnvironment(s.WrittenPath);
        }
        catch (CycleSignal signal)
        {
            if (s.Optional)
            {
                return null;
            }

            throw CycleError(s, signal);
        }

        if (value is null && !s.Optional)
        {
            throw new HoconException(HoconErrorKind.UnresolvedSubstitution, s.Origin, CurrentPath?.Render(),
                $"could not resolve substitution {s} to a value: '{s.WrittenPath.Render()}' is not set in the configuration"
                + (options.UseEnvironment ? " nor in the environment" : string.Empty));
        }

        return value;
    }

    private HoconValue? EvalSubstitutionChild(SubstitutionChildExpr child, View view)
    {
        var s = child.Substitution;

        // Reaching the same substitution again while looking through it (b : ${b.c}) would extend
        // the path forever; like the reference, a substitution in progress is a cycle.
        if (!expanding.Add(s))
        {
            return s.Optional ? null : throw CycleError(s, new CycleSignal(null));
        }

        try
        {
            var basePath = s.PrefixLength > 0 && FieldStack(s.Path, view).Count == 0 ? s.WrittenPath : s.Path;
            var value = EvalPath(basePath.Append(child.Keys), view);
            if (value is null && FieldStack(basePath, view).Count == 0)
            {
                value = LookUpEnvironment(s.WrittenPath.Append(child.Keys));
            }

            return value;
        }
        catch (CycleSignal signal)
        {
            if (s.Optional)
            {
                return null;
            }

            throw CycleError(s, signal);
        }
        finally
        {
            expanding.Remove(s);
        }
    }

    private HoconException CycleError(SubstitutionExpr s, CycleSignal signal)
    {
        var loop = signal.Path is null ? [] : trace.SkipWhile(p => !p.Equals(signal.Path)).Select(p => p.Render()).ToList();
        var description = loop.Count > 0 ? $" ({string.Join(" -> ", loop.Append(signal.Path!.Render()))})" : string.Empty;
        return new HoconException(HoconErrorKind.SubstitutionCycle, s.Origin, CurrentPath?.Render(),
            $"substitution {s} is part of a cycle of substitutions{description}");
    }

    private HoconValue? LookUpEnvironment(HoconPath path)
    {
        if (options is not { UseEnvironment: true })
        {
            return null;
        }

        environment ??= BuildEnvironment(options.Environment);
        return environment.Find(path);
    }

    private static HoconObject BuildEnvironment(IReadOnlyDictionary<string, string>? variables)
    {
        IEnumerable<KeyValuePair<string, string>> entries = variables is not null
            ? variables
            : Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
                .Select(e => new KeyValuePair<string, string>((string)e.Key, e.Value as string ?? string.Empty))
                .ToList();
        return Parsing.PropertiesParser.Build(
            entries.Select(e => (e.Key.Split('.'), e.Value, new HoconOrigin("env " + e.Key, 0, 0))),
            new HoconOrigin("environment", 0, 0));
    }

    private HoconValue? EvalConcat(ConcatExpr concat, View view)
    {
        var joined = new List<(HoconValue Value, bool Whitespace)>();
        foreach (var piece in concat.Pieces)
        {
            var (value, whitespace) = piece is WhitespaceExpr w
                ? (new HoconString(w.Text, w.Origin), true)
                : (EvalExpr(piece, view), false);
            if (value is null)
            {
                continue;
            }

            if (joined.Count == 0)
            {
                joined.Add((value, whitespace));
                continue;
            }

            joined[^1] = Join(joined[^1], (value, whitespace), concat);
        }

        return joined.Count == 0 ? null : joined[0].Value;
    }

    private (HoconValue, bool) Join((HoconValue Value, bool Whitespace) left, (HoconValue Value, bool Whitespace) right, ConcatExpr concat)
    {
        var l = left.Value;
        var r = right.Value;
        if (l is HoconObject lo && r is HoconList && AsList(lo) is { } leftList)
        {
            l = leftList;
        }
        else if (l is HoconList && r is HoconObject ro && AsList(ro) is { } rightList)
        {
            r = rightList;
        }

        var lCollection = l is HoconObject or HoconList;
        var rCollection = r is HoconObject or HoconList;
        if (l is HoconObject olderObject && r is HoconObject newerObject)
        {
            return (newerObject.WithFallback(olderObject), false);
        }

        if (l is HoconList a && r is HoconList b)
        {
            return (new HoconList([.. a, .. b], a.Origin), false);
        }

        if (lCollection && right.Whitespace)
        {
            return (l, false);
        }

        if (left.Whitespace && rCollection)
        {
            return (r, false);
        }

        if (lCollection || rCollection)
        {
            throw new HoconException(HoconErrorKind.WrongType, concat.Origin, CurrentPath?.Render(),
                $"cannot concatenate {Describe(l)} and {Describe(r)}: an object or list can only be joined with another of its kind");
        }

        return (new HoconString(l.ConcatenationText + r.ConcatenationText, l.Origin), left.Whitespace && right.Whitespace);
    }

    private static string Describe(HoconValue v) => v switch
    {
        HoconObject => "an object",
        HoconList => "a list",
        _ => "a " + v.Type.ToString().ToLowerInvariant(),
    };

    /// <summary>An object with numeric keys as a list sorted by key (gaps dropped), or null if it has none.</summary>
    internal static HoconList? AsList(HoconObject o)
    {
        var numbered = new List<(int Index, HoconValue Value)>();
        foreach (var (k, v) in o)
        {
            if (int.TryParse(k, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                numbered.Add((index, v));
            }
        }

        return numbered.Count == 0 ? null : new HoconList(numbered.OrderBy(n => n.Index).Select(n => n.Value), o.Origin);
    }

    /// <summary>Unwinds to the substitution that closed a cycle (control flow inside the resolver only).</summary>
    private sealed class CycleSignal(HoconPath? path) : Exception("substitution cycle")
    {
        public HoconPath? Path { get; } = path;
    }
}
