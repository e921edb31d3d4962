namespace FractalTrader.Runtime;

/// <summary>The rules for actor names (the same characters Akka.NET accepts in a path element).</summary>
internal static class ActorName
{
    /// <summary>Whether <paramref name="name"/> may be a path element.</summary>
    public static bool IsValid(string name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!IsValidChar(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Throws <see cref="InvalidActorNameException"/> unless a user may give this name to an actor.</summary>
    public static void EnsureValidUserName(string name)
    {
        if (name.Length == 0)
        {
            throw new InvalidActorNameException(name, "an actor name must not be empty");
        }

        if (name[0] == '$')
        {
            throw new InvalidActorNameException(name, "names starting with '$' are reserved for generated names");
        }

        if (!IsValid(name))
        {
            throw new InvalidActorNameException(
                name,
                "an actor name may only contain letters, digits and -_.*$+:@&=,!~';");
        }
    }

    /// <summary>A generated name such as <c>$a</c>, <c>$b</c>, ... <c>$ba</c>, from a sequence number.</summary>
    public static string Generate(long sequence)
    {
        Span<char> buffer = stackalloc char[16];
        var position = buffer.Length;
        do
        {
            buffer[--position] = (char)('a' + (sequence % 26));
            sequence /= 26;
        }
        while (sequence > 0);

        buffer[--position] = '$';
        return new string(buffer[position..]);
    }

    private static bool IsValidChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '*' or '$' or '+' or ':' or '@' or '&' or '=' or ',' or '!' or '~' or '\'' or ';';
}
