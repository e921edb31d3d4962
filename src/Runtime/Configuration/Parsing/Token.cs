namespace FractalTrader.Runtime.Configuration.Parsing;

/// <summary>One token of HOCON text with its position. Immutable.</summary>
internal sealed class Token
{
    public Token(TokenKind kind, int line, int column, string text = "")
    {
        Kind = kind;
        Line = line;
        Column = column;
        Text = text;
        IsUnquotedWhitespace = kind == TokenKind.Unquoted && text.Length > 0 && text.All(Tokenizer.IsWhitespace);
    }

    public TokenKind Kind { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>Unquoted text, comment text, or the original spelling of a value.</summary>
    public string Text { get; }

    /// <summary>The value of a <see cref="TokenKind.Value"/> token.</summary>
    public HoconValue? Value { get; init; }

    /// <summary>Whether a substitution is optional (<c>${?x}</c>).</summary>
    public bool Optional { get; init; }

    /// <summary>The tokens between <c>${</c> and <c>}</c> of a substitution.</summary>
    public IReadOnlyList<Token> Expression { get; init; } = [];

    /// <summary>Whether this token can take part in a value concatenation.</summary>
    public bool IsSimpleValue => Kind is TokenKind.Value or TokenKind.Unquoted or TokenKind.Substitution;

    public bool IsUnquotedWhitespace { get; }

    public bool IsQuotedString => Kind == TokenKind.Value && Value is HoconString;

    /// <summary>How the token reads in an error message.</summary>
    public string Describe() => Kind switch
    {
        TokenKind.OpenCurly => "'{'",
        TokenKind.CloseCurly => "'}'",
        TokenKind.OpenSquare => "'['",
        TokenKind.CloseSquare => "']'",
        TokenKind.Comma => "','",
        TokenKind.Colon => "':'",
        TokenKind.Equals => "'='",
        TokenKind.PlusEquals => "'+='",
        TokenKind.Newline => "a newline",
        TokenKind.Comment => "a comment",
        TokenKind.End => "the end of the input",
        TokenKind.Substitution => "a substitution ${...}",
        TokenKind.Value when Value is HoconString s => "the quoted string " + HoconException.Describe(s.Value),
        _ => HoconException.Describe(Text),
    };
}
