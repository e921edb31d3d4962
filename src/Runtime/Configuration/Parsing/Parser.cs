using System.Runtime.CompilerServices;
using FractalTrader.Runtime.Configuration.Tree;

namespace FractalTrader.Runtime.Configuration.Parsing;

/// <summary>
/// Recursive-descent parser from tokens to the unresolved tree (<see cref="Expr"/>). Written by
/// hand: no HOCON package can be restored here. It follows the reference parser's grammar
/// (specs/hocon.md §2-§8): implicit root braces, ':' '=' '+=' separators, commas or newlines
/// between fields, path keys, value concatenation, includes (loaded through a callback), and
/// duplicate keys merged as they are read. Strict JSON is the same grammar with the HOCON extras
/// switched off. Not thread-safe; one instance parses one text.
/// </summary>
internal sealed class Parser
{
    private const int MaxNesting = 400;

    private readonly Tokenizer tokenizer;
    private readonly Stack<Token> buffer = new();
    private readonly HoconOrigin source;
    private readonly bool conf;
    private readonly Func<IncludeStatement, Expr>? includer;
    private readonly List<HoconPath> pathStack = [];
    private int arrayDepth;
    private int nesting;

    private Parser(string text, HoconOrigin source, bool conf, Func<IncludeStatement, Expr>? includer)
    {
        this.source = source;
        this.conf = conf;
        this.includer = includer;
        tokenizer = new Tokenizer(text, source, conf) { PathContext = () => CurrentPathText };
    }

    private string? CurrentPathText => pathStack.Count == 0 ? null : FullPath().Render();

    /// <summary>Parses a whole document; the root must be an object unless <paramref name="allowArrayRoot"/>.</summary>
    public static Expr Parse(
        string text, HoconOrigin source, HoconSyntax syntax, Func<IncludeStatement, Expr>? includer, bool allowArrayRoot = false) =>
        new Parser(text, source, syntax != HoconSyntax.Json, includer).ParseDocument(allowArrayRoot);

    private Expr ParseDocument(bool allowArrayRoot)
    {
        var first = NextSignificant();
        Expr root;
        if (first.Kind == TokenKind.OpenCurly)
        {
            root = ParseObject(first, hadCurly: true);
        }
        else if (first.Kind == TokenKind.OpenSquare)
        {
            root = ParseArray(first);
        }
        else if (!conf)
        {
            throw Error(first, first.Kind == TokenKind.End
                ? "the document is empty; JSON needs an object or a list"
                : $"a JSON document must start with '{{' or '[', not {Show(first)}");
        }
        else
        {
            PutBack(first);
            root = ParseObject(first, hadCurly: false);
        }

        var trailing = NextSignificant();
        if (trailing.Kind != TokenKind.End)
        {
            throw Error(trailing, $"unexpected {Show(trailing)} after the document's root {(root is ArrayExpr ? "list" : "object")} ended");
        }

        if (root is ArrayExpr && !allowArrayRoot)
        {
            throw Error(first, "the root of a configuration must be an object, not a list");
        }

        return root;
    }

    private HoconPath FullPath()
    {
        var path = HoconPath.Root;
        foreach (var part in pathStack)
        {
            path = path.Append(part);
        }

        return path;
    }

    private HoconOrigin At(Token t) => source.At(t.Line, t.Column);

    private HoconException Error(Token at, string reason) =>
        new(HoconErrorKind.Parse, At(at), CurrentPathText, reason);

    // Token text is left out of messages about secret-looking keys.
    private string Show(Token t) =>
        t.Kind is TokenKind.Value or TokenKind.Unquoted && pathStack.Count > 0 && SecretKeys.IsSecretPath(FullPath())
            ? "a value (not shown: the key looks secret)"
            : t.Describe();

    private Token NextRaw()
    {
        var t = buffer.Count > 0 ? buffer.Pop() : tokenizer.Next();
        if (!conf)
        {
            if (t.Kind == TokenKind.Unquoted && !t.IsUnquotedWhitespace)
            {
                throw Error(t, $"{Show(t)} is not valid JSON (strings must be quoted)");
            }

            if (t.Kind is TokenKind.Substitution or TokenKind.Equals or TokenKind.PlusEquals)
            {
                throw Error(t, $"{Show(t)} is not allowed in JSON");
            }
        }

        return t;
    }

    private Token NextSignificant()
    {
        while (true)
        {
            var t = NextRaw();
            if (t.Kind is not (TokenKind.Newline or TokenKind.Comment) && !t.IsUnquotedWhitespace)
            {
                return t;
            }
        }
    }

    private void PutBack(Token t) => buffer.Push(t);

    private static bool StartsValue(Token t) =>
        t.Kind is TokenKind.Value or TokenKind.Unquoted or TokenKind.Substitution or TokenKind.OpenCurly or TokenKind.OpenSquare;

    private void Enter(Token at)
    {
        nesting++;
        if (nesting > MaxNesting || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw Error(at, $"objects and lists are nested more than {MaxNesting} levels deep");
        }
    }

    private Expr ParseObject(Token open, bool hadCurly)
    {
        Enter(open);
        var fields = new List<string>();
        var values = new Dictionary<string, Expr>(StringComparer.Ordinal);
        var afterComma = false;
        while (true)
        {
            var t = NextSignificant();
            if (IsObjectEnd(t, hadCurly, afterComma))
            {
                break;
            }

            if (conf && t.Kind == TokenKind.Unquoted && string.Equals(t.Text, "include", StringComparison.Ordinal))
            {
                ParseInclude(t, fields, values);
            }
            else
            {
                ParseField(t, fields, values);
            }

            afterComma = CheckElementSeparator();
            if (!afterComma)
            {
                ExpectObjectEnd(hadCurly);
                break;
            }
        }

        nesting--;
        return new ObjectExpr(fields.Select(k => new KeyValuePair<string, Expr>(k, values[k])), At(open));
    }

    private bool IsObjectEnd(Token t, bool hadCurly, bool afterComma)
    {
        if (t.Kind == TokenKind.CloseCurly)
        {
            if (!conf && afterComma)
            {
                throw Error(t, "JSON does not allow a ',' before '}'");
            }

            return hadCurly ? true : throw Error(t, "unbalanced '}' with no '{' before it");
        }

        if (t.Kind == TokenKind.End)
        {
            return !hadCurly ? true : throw Error(t, "the end of the input was reached inside an object (a '}' is missing)");
        }

        return false;
    }

    // After a field with no separator following it, the object has to end here.
    private void ExpectObjectEnd(bool hadCurly)
    {
        var t = NextSignificant();
        if (t.Kind == TokenKind.CloseCurly)
        {
            if (!hadCurly)
            {
                throw Error(t, "unbalanced '}' with no '{' before it");
            }

            return;
        }

        if (hadCurly)
        {
            throw Error(t, $"expected '}}' or a ',' (or a newline) after a field, found {Show(t)}");
        }

        if (t.Kind != TokenKind.End)
        {
            throw Error(t, $"expected the end of the input or a ',' (or a newline) after a field, found {Show(t)}");
        }
    }

    private void ParseField(Token first, List<string> fields, Dictionary<string, Expr> values)
    {
        var path = ParseKey(first);
        pathStack.Add(path);
        var afterKey = NextSignificant();
        Expr value;
        if (conf && afterKey.Kind == TokenKind.OpenCurly)
        {
            value = ParseObject(afterKey, hadCurly: true);
        }
        else if (afterKey.Kind == TokenKind.Colon || (conf && afterKey.Kind is TokenKind.Equals or TokenKind.PlusEquals))
        {
            var append = afterKey.Kind == TokenKind.PlusEquals;
            if (append)
            {
                if (arrayDepth > 0)
                {
                    throw Error(afterKey, "'+=' cannot be used inside a list (a limitation shared with the reference implementation: "
                        + "+= expands to a ${} substitution, which cannot refer to a list element)");
                }

                // The value is about to be wrapped in a list; a nested += inside it must fail the same way.
                arrayDepth++;
            }

            value = ParseFieldValue();
            if (append)
            {
                arrayDepth--;
                var previous = new SubstitutionExpr(FullPath(), optional: true, At(afterKey));
                value = Concatenation.Build([previous, new ArrayExpr([value], value.Origin)], Incompatible);
            }
        }
        else
        {
            throw Error(afterKey, StartsValue(afterKey)
                ? $"key '{path.Render()}' is followed by {Show(afterKey)}; put ':' or '=' between a key and its value (or quote a key that holds spaces)"
                : $"key '{path.Render()}' may not be followed by {Show(afterKey)}");
        }

        pathStack.RemoveAt(pathStack.Count - 1);
        for (var i = path.Length - 1; i > 0; i--)
        {
            value = new ObjectExpr([new(path.Keys[i], value)], value.Origin);
        }

        var key = path.Keys[0];
        if (values.TryGetValue(key, out var existing))
        {
            if (!conf)
            {
                throw Error(first, $"JSON does not allow duplicate fields: '{key}' was already seen");
            }

            values[key] = Merging.Merge(existing, value);
        }
        else
        {
            fields.Add(key);
            values[key] = value;
        }
    }

    private HoconPath ParseKey(Token first)
    {
        if (!conf)
        {
            if (first.IsQuotedString)
            {
                return HoconPath.Of(((HoconString)first.Value!).Value);
            }

            throw Error(first, $"expected a quoted field name or '}}', found {Show(first)}");
        }

        var parts = new List<Token>();
        var t = first;
        while (t.Kind is TokenKind.Value or TokenKind.Unquoted)
        {
            parts.Add(t);
            t = NextRaw();
        }

        PutBack(t);
        if (parts.Count == 0)
        {
            throw Error(first, $"expected a key (a field name) or '}}', found {Show(first)}");
        }

        return PathExpression.FromTokens(parts, At(first), () => CurrentPathText);
    }

    private Expr ParseFieldValue()
    {
        if (conf && ParseConcatenation() is { } value)
        {
            return value;
        }

        var t = NextSignificant();
        if (!StartsValue(t))
        {
            throw Error(t, $"expected a value, found {Show(t)}");
        }

        return ParseSingle(t);
    }

    // Values on one line, separated only by spaces, form one concatenation; a newline ends it.
    private Expr? ParseConcatenation()
    {
        var t = NextSignificant();
        var pieces = new List<Expr>();
        while (StartsValue(t))
        {
            pieces.Add(ParseSingle(t));
            t = NextRaw();
        }

        PutBack(t);
        return pieces.Count == 0 ? null : Concatenation.Build(pieces, Incompatible);
    }

    private HoconException Incompatible(Expr left, Expr right) =>
        new(HoconErrorKind.WrongType, left.Origin, CurrentPathText,
            $"cannot concatenate {Kind(left)} and {Kind(right)}: an object or list can only be joined with another of its kind");

    private static string Kind(Expr e) => e switch
    {
        ObjectExpr => "an object",
        ArrayExpr => "a list",
        LiteralExpr { Value: HoconObject } => "an object",
        LiteralExpr { Value: HoconList } => "a list",
        _ => "a string",
    };

    private Expr ParseSingle(Token t)
    {
        switch (t.Kind)
        {
            case TokenKind.Value:
                return new LiteralExpr(t.Value!);
            case TokenKind.Unquoted:
                return t.IsUnquotedWhitespace
                    ? new WhitespaceExpr(t.Text, At(t))
                    : new LiteralExpr(new HoconString(t.Text, At(t)));
            case TokenKind.Substitution:
                return ParseSubstitution(t);
            case TokenKind.OpenCurly:
                return ParseObject(t, hadCurly: true);
            case TokenKind.OpenSquare:
                return ParseArray(t);
            default:
                throw Error(t, $"expected a value, found {Show(t)}");
        }
    }

    private SubstitutionExpr ParseSubstitution(Token t)
    {
        try
        {
            var path = PathExpression.FromTokens(t.Expression, At(t), () => CurrentPathText);
            return new SubstitutionExpr(path, t.Optional, At(t));
        }
        catch (HoconException e) when (e.Kind == HoconErrorKind.BadPath)
        {
            throw new HoconException(HoconErrorKind.Parse, e.Origin, CurrentPathText, "invalid substitution: " + e.Reason, e);
        }
    }

    private Expr ParseArray(Token open)
    {
        Enter(open);
        arrayDepth++;
        var elements = new List<Expr>();
        if (ParseFirstElement(elements))
        {
            while (ParseNextElement(elements))
            {
            }
        }

        arrayDepth--;
        nesting--;
        return new ArrayExpr(elements, At(open));
    }

    // False when the list is empty and already closed.
    private bool ParseFirstElement(List<Expr> elements)
    {
        if ((conf ? ParseConcatenation() : null) is { } first)
        {
            elements.Add(first);
            return true;
        }

        var t = NextSignificant();
        if (t.Kind == TokenKind.CloseSquare)
        {
            return false;
        }

        if (!StartsValue(t))
        {
            throw Error(t, $"expected ']' or a first element after '[', found {Show(t)}");
        }

        elements.Add(ParseSingle(t));
        return true;
    }

    // False once the closing ']' has been read.
    private bool ParseNextElement(List<Expr> elements)
    {
        if (!CheckElementSeparator())
        {
            var end = NextSignificant();
            return end.Kind == TokenKind.CloseSquare
                ? false
                : throw Error(end, $"expected ']' or a ',' (or a newline) after a list element, found {Show(end)}");
        }

        if ((conf ? ParseConcatenation() : null) is { } next)
        {
            elements.Add(next);
            return true;
        }

        var t = NextSignificant();
        if (StartsValue(t))
        {
            elements.Add(ParseSingle(t));
        }
        else if (conf && t.Kind == TokenKind.CloseSquare)
        {
            // One trailing comma is allowed.
            PutBack(t);
        }
        else
        {
            throw Error(t, $"expected ']' or another list element, found {Show(t)}");
        }

        return true;
    }

    // Between fields or elements: a comma, or at least one newline optionally followed by a comma.
    private bool CheckElementSeparator()
    {
        if (!conf)
        {
            var t = NextSignificant();
            if (t.Kind == TokenKind.Comma)
            {
                return true;
            }

            PutBack(t);
            return false;
        }

        var sawNewline = false;
        while (true)
        {
            var t = NextRaw();
            if (t.Kind == TokenKind.Comment || t.IsUnquotedWhitespace)
            {
                continue;
            }

            if (t.Kind == TokenKind.Newline)
            {
                sawNewline = true;
                continue;
            }

            if (t.Kind == TokenKind.Comma)
            {
                return true;
            }

            PutBack(t);
            return sawNewline;
        }
    }

    private void ParseInclude(Token keyword, List<string> fields, Dictionary<string, Expr> values)
    {
        var t = NextSignificant();
        IncludeStatement statement;
        if (t.Kind == TokenKind.Unquoted && t.Text.StartsWith("required(", StringComparison.Ordinal))
        {
            PutBackRest(t, "required(".Length);
            statement = ParseIncludeTarget(keyword, required: true);
            var close = NextSignificant();
            if (close.Kind != TokenKind.Unquoted || !string.Equals(close.Text, ")", StringComparison.Ordinal))
            {
                throw Error(close, $"expected ')' to close required(, found {Show(close)}");
            }
        }
        else
        {
            PutBack(t);
            statement = ParseIncludeTarget(keyword, required: false);
        }

        if (includer is null)
        {
            throw Error(keyword, "includes are not allowed here");
        }

        var included = includer(statement);
        if (arrayDepth > 0 && !included.IsResolved)
        {
            throw Error(keyword, "an include inside a list cannot bring in a file that holds ${} substitutions "
                + "(a limitation shared with the reference implementation); move the include out of the list");
        }

        if (pathStack.Count > 0)
        {
            included = included.Relativize(FullPath());
        }

        foreach (var (key, value) in Literal.AsObjectExpr(included).Fields)
        {
            if (values.TryGetValue(key, out var existing))
            {
                values[key] = Merging.Merge(existing, value);
            }
            else
            {
                fields.Add(key);
                values[key] = value;
            }
        }
    }

    private void PutBackRest(Token t, int consumed)
    {
        if (t.Text.Length > consumed)
        {
            PutBack(new Token(TokenKind.Unquoted, t.Line, t.Column + consumed, t.Text[consumed..]));
        }
    }

    private IncludeStatement ParseIncludeTarget(Token keyword, bool required)
    {
        var t = NextSignificant();
        if (t.IsQuotedString)
        {
            return new IncludeStatement(IncludeKind.Heuristic, ((HoconString)t.Value!).Value, required, At(keyword));
        }

        const string Expected = "include must be followed by a quoted file name, file(\"...\"), classpath(\"...\"), url(\"...\") or required(...), with no space before '('";
        if (t.Kind != TokenKind.Unquoted)
        {
            throw Error(t, $"{Expected}; found {Show(t)}");
        }

        (IncludeKind Kind, string Prefix)? form =
            t.Text.StartsWith("file(", StringComparison.Ordinal) ? (IncludeKind.File, "file(")
            : t.Text.StartsWith("classpath(", StringComparison.Ordinal) ? (IncludeKind.Classpath, "classpath(")
            : t.Text.StartsWith("url(", StringComparison.Ordinal) ? (IncludeKind.Url, "url(")
            : null;
        if (form is null)
        {
            throw Error(t, $"{Expected}; found {Show(t)}");
        }

        PutBackRest(t, form.Value.Prefix.Length);
        var name = NextSignificant();
        if (!name.IsQuotedString)
        {
            throw Error(name, $"include {form.Value.Prefix}) needs a quoted string inside the parentheses, found {Show(name)}");
        }

        var close = NextSignificant();
        if (close.Kind != TokenKind.Unquoted || !close.Text.StartsWith(')'))
        {
            throw Error(close, $"expected ')' to close {form.Value.Prefix}, found {Show(close)}");
        }

        PutBackRest(close, 1);
        return new IncludeStatement(form.Value.Kind, ((HoconString)name.Value!).Value, required, At(keyword));
    }
}
