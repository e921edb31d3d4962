using System.Text;
using FractalTrader.Runtime.Configuration.Parsing;

namespace FractalTrader.Runtime.Configuration;

/// <summary>
/// A path into a configuration: a sequence of keys, written as a HOCON path expression such as
/// <c>fractal.actor."ask-timeout"</c> (a dot outside quotes separates keys). Immutable and thread-safe.
/// </summary>
public sealed class HoconPath : IEquatable<HoconPath>
{
    private readonly string[] keys;
    private readonly int hash;

    private HoconPath(string[] keys)
    {
        this.keys = keys;
        var h = new HashCode();
        foreach (var key in keys)
        {
            h.Add(key, StringComparer.Ordinal);
        }

        hash = h.ToHashCode();
    }

    /// <summary>The empty path: the root object.</summary>
    public static HoconPath Root { get; } = new([]);

    /// <summary>The keys, outermost first.</summary>
    public IReadOnlyList<string> Keys => keys;

    /// <summary>How many keys the path has.</summary>
    public int Length => keys.Length;

    /// <summary>Whether this is the root path.</summary>
    public bool IsRoot => keys.Length == 0;

    /// <summary>The last key.</summary>
    public string Last => keys[^1];

    /// <summary>The path without its last key.</summary>
    public HoconPath Parent => keys.Length == 0 ? this : new HoconPath(keys[..^1]);

    /// <summary>A path of the given keys, taken literally (no dot splitting).</summary>
    public static HoconPath Of(params string[] keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return keys.Length == 0 ? Root : new HoconPath([.. keys]);
    }

    /// <summary>
    /// Parses a path expression. <c>a.b</c> is two keys, <c>"a.b"</c> one; an empty key must be
    /// quoted (<c>a."".b</c>).
    /// </summary>
    /// <exception cref="HoconException">Kind <see cref="HoconErrorKind.BadPath"/>: the expression is malformed.</exception>
    public static HoconPath Parse(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        if (IsSimple(expression))
        {
            return new HoconPath(expression.Split('.'));
        }

        var origin = new HoconOrigin("path expression " + HoconException.Describe(expression), 0, 0);
        List<Token> tokens;
        try
        {
            tokens = Tokenizer.TokenizeAll(expression, origin);
        }
        catch (HoconException e)
        {
            throw new HoconException(HoconErrorKind.BadPath, origin, expression, e.Reason, e);
        }

        return PathExpression.FromTokens(tokens.Where(t => t.Kind != TokenKind.End), origin, () => expression);
    }

    /// <summary>This path followed by one more key.</summary>
    public HoconPath Append(string key) => new([.. keys, key]);

    /// <summary>This path followed by another.</summary>
    public HoconPath Append(HoconPath other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.keys.Length == 0 ? this : keys.Length == 0 ? other : new HoconPath([.. keys, .. other.keys]);
    }

    /// <summary>The path without its first <paramref name="count"/> keys.</summary>
    public HoconPath Skip(int count) => count == 0 ? this : new HoconPath(keys[count..]);

    /// <summary>Whether this path starts with <paramref name="prefix"/>.</summary>
    public bool StartsWith(HoconPath prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (prefix.keys.Length > keys.Length)
        {
            return false;
        }

        for (var i = 0; i < prefix.keys.Length; i++)
        {
            if (!string.Equals(keys[i], prefix.keys[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The path as an expression that <see cref="Parse"/> reads back; keys needing it are quoted.</summary>
    public string Render()
    {
        var text = new StringBuilder();
        foreach (var key in keys)
        {
            if (text.Length > 0)
            {
                text.Append('.');
            }

            text.Append(RenderKey(key));
        }

        return text.ToString();
    }

    /// <summary>A single key, quoted when it is empty or holds anything but letters, digits, '-' and '_'.</summary>
    public static string RenderKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var plain = key.Length > 0 && !string.Equals(key, "include", StringComparison.Ordinal) && key.All(c => char.IsLetterOrDigit(c) || c is '-' or '_');
        return plain ? key : Rendering.JsonRenderer.Quote(key);
    }

    /// <inheritdoc />
    public override string ToString() => Render();

    /// <inheritdoc />
    public bool Equals(HoconPath? other)
    {
        if (other is null || other.hash != hash || other.keys.Length != keys.Length)
        {
            return false;
        }

        for (var i = 0; i < keys.Length; i++)
        {
            if (!string.Equals(keys[i], other.keys[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as HoconPath);

    /// <inheritdoc />
    public override int GetHashCode() => hash;

    // Letters, digits, '-' and '_' separated by single dots: the common case, parsed without the tokenizer.
    private static bool IsSimple(string expression)
    {
        if (expression.Length == 0 || expression[0] == '.' || expression[^1] == '.' || expression[0] == '-' || char.IsAsciiDigit(expression[0]))
        {
            return false;
        }

        for (var i = 0; i < expression.Length; i++)
        {
            var c = expression[i];
            if (c == '.')
            {
                if (expression[i - 1] == '.')
                {
                    return false;
                }
            }
            else if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
