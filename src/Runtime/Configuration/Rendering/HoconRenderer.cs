using System.Text;

namespace FractalTrader.Runtime.Configuration.Rendering;

/// <summary>
/// Writes a resolved object as HOCON: nested blocks without root braces, keys unquoted where that
/// is safe, strings always quoted, numbers in their original spelling. The text parses back to an
/// equal tree. Stateless and thread-safe.
/// </summary>
public static class HoconRenderer
{
    /// <summary>Renders an object's fields as a HOCON document.</summary>
    public static string Render(HoconObject root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var text = new StringBuilder();
        WriteFields(text, root, 0);
        return text.ToString();
    }

    private static void WriteFields(StringBuilder text, HoconObject o, int depth)
    {
        foreach (var (key, value) in o)
        {
            text.Append(' ', depth * 2).Append(HoconPath.RenderKey(key));
            text.Append(value is HoconObject { Count: > 0 } ? " " : " = ");
            WriteValue(text, value, depth);
            text.Append('\n');
        }
    }

    private static void WriteValue(StringBuilder text, HoconValue value, int depth)
    {
        switch (value)
        {
            case HoconObject { Count: 0 }:
                text.Append("{}");
                break;
            case HoconObject o:
                text.Append("{\n");
                WriteFields(text, o, depth + 1);
                text.Append(' ', depth * 2).Append('}');
                break;
            case HoconList { Count: 0 }:
                text.Append("[]");
                break;
            case HoconList l when l.All(v => v is not (HoconObject or HoconList)):
                text.Append('[');
                for (var i = 0; i < l.Count; i++)
                {
                    text.Append(i > 0 ? ", " : string.Empty);
                    WriteValue(text, l[i], depth);
                }

                text.Append(']');
                break;
            case HoconList l:
                text.Append("[\n");
                foreach (var item in l)
                {
                    text.Append(' ', (depth + 1) * 2);
                    WriteValue(text, item, depth + 1);
                    text.Append('\n');
                }

                text.Append(' ', depth * 2).Append(']');
                break;
            default:
                // Numbers keep their original spelling in HOCON.
                JsonRenderer.AppendScalar(text, value, n => n.Text);
                break;
        }
    }
}
