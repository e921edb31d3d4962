using Microsoft.Extensions.Configuration;

namespace FractalTrader.Runtime.Configuration.Provider;

/// <summary>
/// Loads a HOCON file into <see cref="IConfiguration"/> entries. Errors surface as
/// <see cref="HoconException"/> naming file, line, column and path. Not thread-safe while loading
/// (as every <see cref="ConfigurationProvider"/>).
/// </summary>
public sealed class HoconConfigurationProvider : ConfigurationProvider
{
    private readonly HoconConfigurationSource source;
    private readonly string fullPath;

    internal HoconConfigurationProvider(HoconConfigurationSource source, string fullPath)
    {
        this.source = source;
        this.fullPath = fullPath;
    }

    /// <inheritdoc />
    public override void Load()
    {
        var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (!File.Exists(fullPath) && source.Optional)
        {
            Data = data;
            return;
        }

        var config = Config.Load(fullPath, source.ParseOptions, source.ResolveOptions);
        Flatten(config.Root, prefix: null, data);
        Data = data;
    }

    /// <inheritdoc />
    public override string ToString() => $"{nameof(HoconConfigurationProvider)} for '{source.Path}' ({(source.Optional ? "optional" : "required")})";

    private static void Flatten(HoconValue value, string? prefix, Dictionary<string, string?> data)
    {
        switch (value)
        {
            case HoconObject o when o.Count > 0:
                foreach (var (key, child) in o)
                {
                    Flatten(child, prefix is null ? key : ConfigurationPath.Combine(prefix, key), data);
                }

                break;
            case HoconList l when l.Count > 0:
                for (var i = 0; i < l.Count; i++)
                {
                    Flatten(l[i], ConfigurationPath.Combine(prefix ?? string.Empty, i.ToString(System.Globalization.CultureInfo.InvariantCulture)), data);
                }

                break;
            case HoconObject or HoconList or HoconNull:
                // Empty sections still exist (as in the JSON provider); null leaves the bound default alone.
                if (prefix is not null)
                {
                    data[prefix] = null;
                }

                break;
            case HoconNumber n:
                data[prefix!] = Rendering.JsonRenderer.NumberText(n);
                break;
            default:
                data[prefix!] = value.ConcatenationText;
                break;
        }
    }
}
