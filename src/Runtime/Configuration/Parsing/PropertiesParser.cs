using System.Globalization;
using System.Text;
using FractalTrader.Runtime.Configuration.Tree;

namespace FractalTrader.Runtime.Configuration.Parsing;

/// <summary>
/// Reads Java <c>.properties</c> text (java.util.Properties rules: <c>=</c>, <c>:</c> or
/// whitespace between key and value, <c>#</c>/<c>!</c> comments, backslash escapes and line
/// continuations) into an object: each key is split on every '.', values are always strings, and
/// where a key is both a value and a parent the object wins. Written by hand: .NET has no reader
/// for this format. Stateless.
/// </summary>
internal static class PropertiesParser
{
    public static Expr Parse(string text, HoconOrigin origin)
    {
        var entries = new Dictionary<string, (string Value, HoconOrigin Origin)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var (line, number) in LogicalLines(text))
        {
            var (key, value) = SplitEntry(line, origin.At(number, 1));
            if (!entries.ContainsKey(key))
            {
                order.Add(key);
            }

            entries[key] = (value, origin.At(number, 1));
        }

        return new LiteralExpr(Build(order.Select(k => (k.Split('.'), entries[k].Value, entries[k].Origin)), origin));
    }

    /// <summary>Builds an object from dotted keys; a key that is also a parent is dropped (the object wins).</summary>
    internal static HoconObject Build(IEnumerable<(string[] Keys, string Value, HoconOrigin Origin)> entries, HoconOrigin origin)
    {
        var root = new Node(origin);
        var list = entries.ToList();
        foreach (var (keys, _, at) in list)
        {
            var node = root;
            for (var i = 0; i < keys.Length - 1; i++)
            {
                node = node.Child(keys[i], at);
            }
        }

        foreach (var (keys, value, at) in list)
        {
            var node = root;
            for (var i = 0; i < keys.Length - 1; i++)
            {
                node = node.Children[keys[i]];
            }

            if (!node.Children.ContainsKey(keys[^1]))
            {
                node.Values[keys[^1]] = new HoconString(value, at);
                node.Order.Add(keys[^1]);
            }
        }

        return root.ToObject();
    }

    private static IEnumerable<(string Line, int Number)> LogicalLines(string text)
    {
        var physical = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        for (var i = 0; i < physical.Length; i++)
        {
            var start = i + 1;
            var line = physical[i].TrimStart(' ', '\t', '\f');
            if (line.Length == 0 || line[0] is '#' or '!')
            {
                continue;
            }

            var logical = new StringBuilder();
            while (true)
            {
                var trailing = line.Length - line.TrimEnd('\\').Length;
                if (trailing % 2 == 0 || i + 1 >= physical.Length)
                {
                    logical.Append(trailing % 2 == 0 ? line : line[..^1]);
                    break;
                }

                logical.Append(line, 0, line.Length - 1);
                i++;
                line = physical[i].TrimStart(' ', '\t', '\f');
            }

            yield return (logical.ToString(), start);
        }
    }

    private static (string Key, string Value) SplitEntry(string line, HoconOrigin at)
    {
        var i = 0;
        var key = new StringBuilder();
        while (i < line.Length && line[i] is not ('=' or ':' or ' ' or '\t' or '\f'))
        {
            i = AppendChar(line, i, key, at);
        }

        while (i < line.Length && line[i] is ' ' or '\t' or '\f')
        {
            i++;
        }

        if (i < line.Length && line[i] is '=' or ':')
        {
            i++;
        }

        while (i < line.Length && line[i] is ' ' or '\t' or '\f')
        {
            i++;
        }

        var value = new StringBuilder();
        while (i < line.Length)
        {
            i = AppendChar(line, i, value, at);
        }

        return (key.ToString(), value.ToString());
    }

    private static int AppendChar(string line, int i, StringBuilder into, HoconOrigin at)
    {
        if (line[i] != '\\' || i + 1 >= line.Length)
        {
            into.Append(line[i]);
            return i + 1;
        }

        var escaped = line[i + 1];
        switch (escaped)
        {
            case 't': into.Append('\t'); break;
            case 'n': into.Append('\n'); break;
            case 'r': into.Append('\r'); break;
            case 'f': into.Append('\f'); break;
            case 'u':
                if (i + 6 > line.Length
                    || !int.TryParse(line.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                {
                    throw new HoconException(HoconErrorKind.Parse, at, null, "malformed \\uXXXX escape in a properties file");
                }

                into.Append((char)code);
                return i + 6;
            default: into.Append(escaped); break;
        }

        return i + 2;
    }

    private sealed class Node
    {
        public Node(HoconOrigin origin) => Origin = origin;

        public HoconOrigin Origin { get; }

        public Dictionary<string, Node> Children { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, HoconValue> Values { get; } = new(StringComparer.Ordinal);

        public List<string> Order { get; } = [];

        public Node Child(string key, HoconOrigin origin)
        {
            if (!Children.TryGetValue(key, out var child))
            {
                child = new Node(origin);
                Children[key] = child;
                Order.Add(key);
            }

            return child;
        }

        public HoconObject ToObject() => new(
            Order.Select(k => new KeyValuePair<string, HoconValue>(k, Children.TryGetValue(k, out var c) ? c.ToObject() : Values[k])),
            Origin);
    }
}
