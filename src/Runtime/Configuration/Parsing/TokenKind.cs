namespace FractalTrader.Runtime.Configuration.Parsing;

/// <summary>The kinds of token the HOCON tokenizer produces.</summary>
internal enum TokenKind
{
    OpenCurly,
    CloseCurly,
    OpenSquare,
    CloseSquare,
    Comma,
    Colon,
    Equals,
    PlusEquals,
    Newline,
    Comment,

    /// <summary>A quoted string, number, boolean or null; <see cref="Token.Value"/> holds it.</summary>
    Value,

    /// <summary>Unquoted text, including whitespace kept between two simple values.</summary>
    Unquoted,

    /// <summary><c>${path}</c> or <c>${?path}</c>; <see cref="Token.Expression"/> holds the path tokens.</summary>
    Substitution,
    End,
}
