namespace FractalTrader.Runtime.Configuration.Tree;

/// <summary>An object whose fields may still hold substitutions; fields keep the order they were first written in.</summary>
internal sealed class ObjectExpr : Expr
{
    private readonly Dictionary<string, Expr> fields;
    private readonly List<string> order;
    private HoconObject? resolvedValue;

    public ObjectExpr(IEnumerable<KeyValuePair<string, Expr>> fields, HoconOrigin origin)
        : base(origin)
    {
        this.fields = new Dictionary<string, Expr>(StringComparer.Ordinal);
        order = [];
        foreach (var (key, value) in fields)
        {
            if (!this.fields.ContainsKey(key))
            {
                order.Add(key);
            }

            this.fields[key] = value;
        }

        IsResolved = this.fields.Values.All(v => v.IsResolved);
    }

    /// <summary>The object as a value; only for an object holding no substitution. Cached (the node is immutable).</summary>
    public HoconObject ResolvedValue() =>
        resolvedValue ??= new HoconObject(Fields.Select(f => new KeyValuePair<string, HoconValue>(f.Key, Literal.ToValue(f.Value))), Origin);

    public static ObjectExpr Empty(HoconOrigin origin) => new([], origin);

    public IReadOnlyList<string> Keys => order;

    public int Count => order.Count;

    public override bool IsResolved { get; }

    public bool TryGet(string key, out Expr value) => fields.TryGetValue(key, out value!);

    public IEnumerable<KeyValuePair<string, Expr>> Fields => order.Select(k => new KeyValuePair<string, Expr>(k, fields[k]));

    /// <summary>An object expression holding a resolved object's fields as literals.</summary>
    public static ObjectExpr FromValue(HoconObject value) =>
        new(value.Select(e => new KeyValuePair<string, Expr>(e.Key, Literal.Of(e.Value))), value.Origin);

    public override Expr Relativize(HoconPath prefix) =>
        IsResolved ? this : new ObjectExpr(Fields.Select(f => new KeyValuePair<string, Expr>(f.Key, f.Value.Relativize(prefix))), Origin);
}
