using System.Text;

namespace FractalTrader.Runtime.Configuration.Parsing;

/// <summary>
/// Turns the tokens of a key or a <c>${...}</c> into a <see cref="HoconPath"/>: text is joined, and a
/// dot outside quotes (including one inside a number's spelling, so <c>10.0foo</c> is 10 / 0foo)
/// separates keys. Stateless.
/// </summary>
internal static class PathExpression
{
    public static HoconPath FromTokens(IEnumerable<Token> tokens, HoconOrigin origin, Func<string?> pathForErrors)
    {
        if (IsSingleWord(tokens) is { } word)
        {
            return HoconPath.Of(word);
        }

        var keys = new List<StringBuilder> { new() };
        var canBeEmpty = new List<bool> { false };
        var any = false;
        foreach (var token in tokens)
        {
            any = true;
            if (token.IsQuotedString)
            {
                var s = ((HoconString)token.Value!).Value;
                keys[^1].Append(s);
                if (keys[^1].Length == 0)
                {
                    canBeEmpty[^1] = true;
                }
            }
            else if (token.Kind is TokenKind.Value or TokenKind.Unquoted)
            {
                var parts = token.Text.Split('.');
                keys[^1].Append(parts[0]);
                for (var i = 1; i < parts.Length; i++)
                {
                    keys.Add(new StringBuilder(parts[i]));
                    canBeEmpty.Add(false);
                }
            }
            else
            {
                throw new HoconException(
                    HoconErrorKind.BadPath,
                    origin.Line > 0 ? origin.At(token.Line, token.Column) : origin,
                    pathForErrors(),
                    $"{token.Describe()} is not allowed in a path expression (quote it if it is part of a key)");
            }
        }

        if (!any)
        {
            throw new HoconException(HoconErrorKind.BadPath, origin, pathForErrors(), "the path expression is empty");
        }

        return HoconPath.Of(Finish(keys, canBeEmpty, origin, pathForErrors));
    }

    private static string[] Finish(List<StringBuilder> keys, List<bool> canBeEmpty, HoconOrigin origin, Func<string?> pathForErrors)
    {
        var result = new string[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            if (keys[i].Length == 0 && !canBeEmpty[i])
            {
                throw new HoconException(
                    HoconErrorKind.BadPath,
                    origin,
                    pathForErrors(),
                    "the path has a leading, trailing or doubled '.'; quote an empty key as \"\"");
            }

            result[i] = keys[i].ToString();
        }

        return result;
    }

    // The common key, one word without dots, needs no splitting.
    private static string? IsSingleWord(IEnumerable<Token> tokens) =>
        tokens is IReadOnlyList<Token> { Count: 1 } single && single[0].Kind == TokenKind.Unquoted
            && single[0].Text.Length > 0 && !single[0].Text.Contains('.', StringComparison.Ordinal)
            ? single[0].Text
            : null;
}
