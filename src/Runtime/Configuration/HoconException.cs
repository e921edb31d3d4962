using System.Globalization;
using System.Text;

namespace FractalTrader.Runtime.Configuration;

/// <summary>
/// The only exception configuration loading, resolving and reading throws. Its message starts with
/// <c>file:line:column:</c> and names the configuration path when one is involved, for example
/// <c>hocon/fractal.conf:12:19: fractal.actor.ask-timeout: expected a duration such as 5s, found 'banana'</c>.
/// Values of secret-looking keys never appear in the message.
/// </summary>
public sealed class HoconException : Exception
{
    /// <summary>Creates the error from its parts; the message is composed from them.</summary>
    public HoconException(HoconErrorKind kind, HoconOrigin origin, string? path, string reason, Exception? inner = null)
        : base(Compose(origin, path, reason), inner)
    {
        Kind = kind;
        Origin = origin;
        Path = path;
        Reason = reason;
    }

    /// <summary>What went wrong.</summary>
    public HoconErrorKind Kind { get; }

    /// <summary>The file (or other source), line and column the error is about.</summary>
    public HoconOrigin Origin { get; }

    /// <summary>The configuration path the error is about (rendered, e.g. <c>fractal.actor.ask-timeout</c>), or null.</summary>
    public string? Path { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; }

    /// <summary>The file or source the error is about.</summary>
    public string File => Origin.Source;

    /// <summary>The 1-based line, or 0 when the source has no lines.</summary>
    public int Line => Origin.Line;

    /// <summary>The 1-based column, or 0 when unknown.</summary>
    public int Column => Origin.Column;

    private static string Compose(HoconOrigin origin, string? path, string reason)
    {
        var message = new StringBuilder();
        message.Append(origin.ToString()).Append(": ");
        if (!string.IsNullOrEmpty(path))
        {
            message.Append(path).Append(": ");
        }

        message.Append(reason);
        return message.ToString();
    }

    internal static string Describe(string text, int max = 40)
    {
        var shown = text.Length > max ? string.Concat(text.AsSpan(0, max), "...") : text;
        var escaped = new StringBuilder(shown.Length + 2);
        escaped.Append('\'');
        foreach (var c in shown)
        {
            if (c == '\n')
            {
                escaped.Append("\\n");
            }
            else if (char.IsControl(c))
            {
                escaped.Append(string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"));
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.Append('\'').ToString();
    }
}
