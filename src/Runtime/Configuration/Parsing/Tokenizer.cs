using System.Globalization;
using System.Text;

namespace FractalTrader.Runtime.Configuration.Parsing;

/// <summary>
/// Splits HOCON (or strict JSON) text into tokens on demand. Written by hand: no HOCON package can
/// be restored here; the rules follow the reference tokenizer (Lightbend Config) as summarised in
/// specs/hocon.md §1. Whitespace between two simple values is kept as an unquoted token (it is part
/// of a value concatenation); all other whitespace is dropped. Not thread-safe.
/// </summary>
internal sealed class Tokenizer
{
    // Characters that end unquoted text and may not appear outside quotes.
    private const string Reserved = "$\"{}[]:=,+#`^?!@*&\\";
    private const string NumberChars = "0123456789eE+-.";

    private readonly string text;
    private readonly HoconOrigin origin;
    private readonly bool conf;
    private readonly Queue<Token> queue = new();
    private readonly WhitespaceSaver saver = new();
    private int pos;
    private int line = 1;
    private int lineStart;
    private bool ended;

    public Tokenizer(string text, HoconOrigin origin, bool conf)
    {
        this.text = text;
        this.origin = origin;
        this.conf = conf;
    }

    /// <summary>Names the configuration path being parsed, for error messages.</summary>
    public Func<string?> PathContext { get; set; } = () => null;

    /// <summary>Whitespace as the reference defines it: Unicode space separators, the ASCII controls tab to CR and 0x1C-0x1F, and the BOM.</summary>
    public static bool IsWhitespace(char c) => c switch
    {
        ' ' or '\n' or '\t' or '\v' or '\f' or '\r' or '\u001C' or '\u001D' or '\u001E' or '\u001F' or '\uFEFF' => true,
        _ => c > 0x7F && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.SpaceSeparator
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator,
    };

    /// <summary>Tokenizes the whole text (used for path expressions).</summary>
    public static List<Token> TokenizeAll(string text, HoconOrigin origin)
    {
        var tokenizer = new Tokenizer(text, origin, conf: true);
        var tokens = new List<Token>();
        Token t;
        do
        {
            t = tokenizer.Next();
            tokens.Add(t);
        }
        while (t.Kind != TokenKind.End);

        return tokens;
    }

    /// <summary>The next token; after the end, <see cref="TokenKind.End"/> forever.</summary>
    public Token Next()
    {
        if (queue.Count == 0)
        {
            if (ended)
            {
                return new Token(TokenKind.End, line, Column(pos));
            }

            var t = PullToken(saver);
            var whitespace = saver.Check(t, conf);
            if (whitespace is not null)
            {
                queue.Enqueue(whitespace);
            }

            queue.Enqueue(t);
            ended = t.Kind == TokenKind.End;
        }

        return queue.Dequeue();
    }

    private int Column(int at) => at - lineStart + 1;

    private HoconException Problem(string message, int atLine, int atColumn) =>
        new(HoconErrorKind.Parse, origin.At(atLine, atColumn), PathContext(), message);

    private HoconException Problem(string message) => Problem(message, line, Column(pos));

    private int Peek(int offset = 0) => pos + offset < text.Length ? text[pos + offset] : -1;

    private bool StartsComment(int at) =>
        conf && at < text.Length && (text[at] == '#' || (text[at] == '/' && at + 1 < text.Length && text[at + 1] == '/'));

    private Token PullToken(WhitespaceSaver whitespace)
    {
        while (pos < text.Length && text[pos] != '\n' && IsWhitespace(text[pos]))
        {
            whitespace.Add(text[pos], line, Column(pos));
            pos++;
        }

        if (pos >= text.Length)
        {
            return new Token(TokenKind.End, line, Column(pos));
        }

        var c = text[pos];
        var startColumn = Column(pos);
        if (c == '\n')
        {
            var newline = new Token(TokenKind.Newline, line, startColumn);
            pos++;
            line++;
            lineStart = pos;
            return newline;
        }

        if (StartsComment(pos))
        {
            var start = pos;
            while (pos < text.Length && text[pos] != '\n')
            {
                pos++;
            }

            return new Token(TokenKind.Comment, line, startColumn, text[start..pos]);
        }

        if (PullPunctuation(c, startColumn) is { } punctuation)
        {
            return punctuation;
        }

        if (c == '-' || char.IsAsciiDigit(c))
        {
            return PullNumber();
        }

        if (Reserved.Contains(c, StringComparison.Ordinal))
        {
            throw Problem($"reserved character {DescribeChar(c)} is not allowed outside quotes");
        }

        return PullUnquoted();
    }

    private Token? PullPunctuation(char c, int startColumn)
    {
        switch (c)
        {
            case '"':
                return PullQuotedString();
            case '$':
                return PullSubstitution();
            case '+':
                if (Peek(1) != '=')
                {
                    throw Problem($"'+' is not allowed outside quotes unless followed by '=' (found {DescribeChar(Peek(1))} after it)");
                }

                pos += 2;
                return new Token(TokenKind.PlusEquals, line, startColumn);
        }

        var single = c switch
        {
            ':' => TokenKind.Colon,
            ',' => TokenKind.Comma,
            '=' => TokenKind.Equals,
            '{' => TokenKind.OpenCurly,
            '}' => TokenKind.CloseCurly,
            '[' => TokenKind.OpenSquare,
            ']' => TokenKind.CloseSquare,
            _ => TokenKind.End,
        };
        if (single == TokenKind.End)
        {
            return null;
        }

        pos++;
        return new Token(single, line, startColumn);
    }

    private static string DescribeChar(int c) => c switch
    {
        -1 => "the end of the input",
        '\n' => "a newline",
        '\t' => "a tab",
        < 0x20 => string.Create(CultureInfo.InvariantCulture, $"control character 0x{c:x2}"),
        _ => "'" + (char)c + "'",
    };

    private Token PullUnquoted()
    {
        var startColumn = Column(pos);
        var start = pos;
        while (pos < text.Length)
        {
            var c = text[pos];
            if (Reserved.Contains(c, StringComparison.Ordinal) || IsWhitespace(c) || StartsComment(pos))
            {
                break;
            }

            pos++;

            // true, false and null are recognised at the start of unquoted text only: truefoo is true + foo.
            var length = pos - start;
            if (length == 4 && string.CompareOrdinal(text, start, "true", 0, 4) == 0)
            {
                return ValueToken(new HoconBoolean(true, origin.At(line, startColumn)), "true", startColumn);
            }

            if (length == 4 && string.CompareOrdinal(text, start, "null", 0, 4) == 0)
            {
                return ValueToken(new HoconNull(origin.At(line, startColumn)), "null", startColumn);
            }

            if (length == 5 && string.CompareOrdinal(text, start, "false", 0, 5) == 0)
            {
                return ValueToken(new HoconBoolean(false, origin.At(line, startColumn)), "false", startColumn);
            }
        }

        return new Token(TokenKind.Unquoted, line, startColumn, text[start..pos]);
    }

    private Token ValueToken(HoconValue value, string spelling, int column) =>
        new(TokenKind.Value, line, column, spelling) { Value = value };

    private Token PullNumber()
    {
        var startColumn = Column(pos);
        var start = pos;
        pos++;
        while (pos < text.Length && NumberChars.Contains(text[pos], StringComparison.Ordinal))
        {
            pos++;
        }

        var spelling = text[start..pos];
        var number = HoconNumber.ParseToken(spelling, origin.At(line, startColumn));
        if (number is not null)
        {
            return ValueToken(number, spelling, startColumn);
        }

        // Not a number after all (1.0.0, 1-e3, 10e3e3): unquoted text, unless it holds a reserved '+'.
        if (spelling.Contains('+', StringComparison.Ordinal))
        {
            throw Problem("reserved character '+' is not allowed outside quotes (quote the value)", line, startColumn);
        }

        return new Token(TokenKind.Unquoted, line, startColumn, spelling);
    }

    private Token PullQuotedString()
    {
        var startLine = line;
        var startColumn = Column(pos);
        pos++;
        var value = new StringBuilder();
        while (true)
        {
            if (pos >= text.Length)
            {
                throw Problem("the end of the input was reached inside a quoted string", startLine, startColumn);
            }

            var c = text[pos];
            if (c == '"')
            {
                pos++;
                break;
            }

            if (c == '\\')
            {
                PullEscape(value);
            }
            else if (c == '\n')
            {
                throw Problem("this quoted string is not closed before the end of its line (use \\n for a newline, or a \"\"\" string for text on several lines)", startLine, startColumn);
            }
            else if (c < 0x20)
            {
                throw Problem($"{DescribeChar(c)} is not allowed in a quoted string; use a backslash escape or a \"\"\" string");
            }
            else
            {
                value.Append(c);
                pos++;
            }
        }

        if (value.Length == 0 && Peek() == '"')
        {
            pos++;
            return PullTripleQuoted(startLine, startColumn);
        }

        var s = value.ToString();
        return new Token(TokenKind.Value, startLine, startColumn, s) { Value = new HoconString(s, origin.At(startLine, startColumn)) };
    }

    private void PullEscape(StringBuilder value)
    {
        pos++;
        if (pos >= text.Length)
        {
            throw Problem("the end of the input was reached after a backslash in a quoted string");
        }

        var escaped = text[pos];
        pos++;
        switch (escaped)
        {
            case '"': value.Append('"'); break;
            case '\\': value.Append('\\'); break;
            case '/': value.Append('/'); break;
            case 'b': value.Append('\b'); break;
            case 'f': value.Append('\f'); break;
            case 'n': value.Append('\n'); break;
            case 'r': value.Append('\r'); break;
            case 't': value.Append('\t'); break;
            case 'u':
                if (pos + 4 > text.Length
                    || !int.TryParse(text.AsSpan(pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                {
                    throw Problem("\\u in a quoted string must be followed by 4 hex digits");
                }

                value.Append((char)code);
                pos += 4;
                break;
            default:
                throw Problem($"backslash followed by {DescribeChar(escaped)} is not a valid escape (quoted strings use JSON escapes; write \\\\ for a backslash)");
        }
    }

    // After the opening """: the content is raw and ends at the last three quotes of a run of three or more.
    private Token PullTripleQuoted(int startLine, int startColumn)
    {
        var start = pos;
        var quotes = 0;
        while (true)
        {
            if (pos >= text.Length)
            {
                if (quotes >= 3)
                {
                    break;
                }

                throw Problem("the end of the input was reached inside a \"\"\" string", startLine, startColumn);
            }

            var c = text[pos];
            if (c == '"')
            {
                quotes++;
            }
            else if (quotes >= 3)
            {
                break;
            }
            else
            {
                quotes = 0;
                if (c == '\n')
                {
                    line++;
                    lineStart = pos + 1;
                }
            }

            pos++;
        }

        var s = text[start..(pos - 3)];
        return new Token(TokenKind.Value, startLine, startColumn, s) { Value = new HoconString(s, origin.At(startLine, startColumn)) };
    }

    private Token PullSubstitution()
    {
        var startLine = line;
        var startColumn = Column(pos);
        if (Peek(1) != '{')
        {
            throw Problem($"'$' must be followed by '{{' to start a substitution, not {DescribeChar(Peek(1))}");
        }

        pos += 2;
        var optional = false;
        if (Peek() == '?')
        {
            optional = true;
            pos++;
        }

        var inner = new WhitespaceSaver();
        var expression = new List<Token>();
        while (true)
        {
            var t = PullToken(inner);
            if (t.Kind == TokenKind.CloseCurly)
            {
                break;
            }

            if (t.Kind == TokenKind.End)
            {
                throw Problem("substitution ${ was not closed with a '}'", startLine, startColumn);
            }

            var whitespace = inner.Check(t, conf: true);
            if (whitespace is not null)
            {
                expression.Add(whitespace);
            }

            expression.Add(t);
        }

        return new Token(TokenKind.Substitution, startLine, startColumn, "${" + (optional ? "?" : string.Empty))
        {
            Optional = optional,
            Expression = expression,
        };
    }

    /// <summary>Keeps whitespace seen between two simple values, where it belongs to a concatenation.</summary>
    private sealed class WhitespaceSaver
    {
        private readonly StringBuilder pending = new();
        private int pendingLine;
        private int pendingColumn;
        private bool lastWasSimpleValue;

        public void Add(char c, int atLine, int atColumn)
        {
            if (pending.Length == 0)
            {
                pendingLine = atLine;
                pendingColumn = atColumn;
            }

            pending.Append(c);
        }

        public Token? Check(Token next, bool conf)
        {
            Token? kept = null;
            if (next.IsSimpleValue)
            {
                if (conf && lastWasSimpleValue && pending.Length > 0)
                {
                    kept = new Token(TokenKind.Unquoted, pendingLine, pendingColumn, pending.ToString());
                }

                lastWasSimpleValue = true;
            }
            else
            {
                lastWasSimpleValue = false;
            }

            pending.Clear();
            return kept;
        }
    }
}
