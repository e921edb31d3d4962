using System.Globalization;
using System.Text;

namespace FractalTrader.Runtime.Configuration.Rendering;

/// <summary>
/// Writes resolved values as JSON: objects in key order, numbers as JSON numbers (whole numbers
/// exactly), strings escaped. Stateless and thread-safe.
/// </summary>
public static class JsonRenderer
{
    /// <summary>Renders a value; indented with two spaces unless <paramref name="indented"/> is false.</summary>
    public static string Render(HoconValue value, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = new StringBuilder();
        Write(text, value, indented, 0);
        return text.ToString();
    }

    /// <summary>A JSON string literal for <paramref name="s"/>.</summary>
    public static string Quote(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var text = new StringBuilder(s.Length + 2);
        AppendQuoted(text, s);
        return text.ToString();
    }

    internal static void AppendQuoted(StringBuilder text, string s)
    {
        text.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                default:
                    if (c < 0x20 || c is '\u2028' or '\u2029')
                    {
                        text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        text.Append('"');
    }

    internal static string NumberText(HoconNumber number)
    {
        if (number.TryGetLong(out var whole))
        {
            return whole.ToString(CultureInfo.InvariantCulture);
        }

        var d = number.ToDouble();
        return double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : Quote(number.Text);
    }

    private static void Write(StringBuilder text, HoconValue value, bool indented, int depth)
    {
        switch (value)
        {
            case HoconObject o:
                WriteContainer(text, '{', '}', o.Count, indented, depth, (i, d) =>
                {
                    var (key, child) = o.ElementAt(i);
                    AppendQuoted(text, key);
                    text.Append(indented ? ": " : ":");
                    Write(text, child, indented, d);
                });
                break;
            case HoconList l:
                WriteContainer(text, '[', ']', l.Count, indented, depth, (i, d) => Write(text, l[i], indented, d));
                break;
            default:
                AppendScalar(text, value, NumberText);
                break;
        }
    }

    /// <summary>Writes a string, number, boolean or null; numbers as <paramref name="numberText"/> spells them.</summary>
    internal static void AppendScalar(StringBuilder text, HoconValue value, Func<HoconNumber, string> numberText)
    {
        switch (value)
        {
            case HoconString s:
                AppendQuoted(text, s.Value);
                break;
            case HoconNumber n:
                text.Append(numberText(n));
                break;
            case HoconBoolean b:
                text.Append(b.Value ? "true" : "false");
                break;
            default:
                text.Append("null");
                break;
        }
    }

    private static void WriteContainer(StringBuilder text, char open, char close, int count, bool indented, int depth, Action<int, int> writeItem)
    {
        text.Append(open);
        if (count == 0)
        {
            text.Append(close);
            return;
        }

        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            if (indented)
            {
                text.Append('\n').Append(' ', (depth + 1) * 2);
            }

            writeItem(i, depth + 1);
        }

        if (indented)
        {
            text.Append('\n').Append(' ', depth * 2);
        }

        text.Append(close);
    }
}
