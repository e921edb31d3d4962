namespace FractalTrader.Runtime.Configuration;

/// <summary>
/// Which configuration keys hold secrets: any key containing <c>key</c>, <c>secret</c>,
/// <c>password</c>, <c>token</c> or <c>private</c> (case-insensitive), and everything below such a
/// key. Their values never reach error messages or rendered output. Stateless and thread-safe.
/// </summary>
public static class SecretKeys
{
    /// <summary>What a secret value is shown as.</summary>
    public const string Placeholder = "<redacted>";

    private static readonly string[] Markers = ["key", "secret", "password", "token", "private"];

    /// <summary>Whether a single key looks secret.</summary>
    public static bool IsSecretKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        foreach (var marker in Markers)
        {
            if (key.Contains(marker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any key along the path looks secret.</summary>
    public static bool IsSecretPath(HoconPath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.Keys.Any(IsSecretKey);
    }

    /// <summary>
    /// A copy of <paramref name="root"/> in which the value of every secret-looking key (objects and
    /// lists included) is the string <see cref="Placeholder"/>, and any other string that contains
    /// one of those secret values (four characters or longer) is redacted too, so a secret spliced
    /// into a URL by a substitution does not leak through its neighbour.
    /// </summary>
    public static HoconObject Redact(HoconObject root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var secrets = new HashSet<string>(StringComparer.Ordinal);
        CollectSecrets(root, underSecret: false, secrets);
        return (HoconObject)RedactValue(root, underSecret: false, [.. secrets.Where(s => s.Length >= 4)]);
    }

    private static void CollectSecrets(HoconValue value, bool underSecret, HashSet<string> secrets)
    {
        switch (value)
        {
            case HoconObject o:
                foreach (var (key, child) in o)
                {
                    CollectSecrets(child, underSecret || IsSecretKey(key), secrets);
                }

                break;
            case HoconList l:
                foreach (var item in l)
                {
                    CollectSecrets(item, underSecret, secrets);
                }

                break;
            default:
                if (underSecret && value.ConcatenationText is { } text)
                {
                    secrets.Add(text);
                }

                break;
        }
    }

    private static HoconValue RedactValue(HoconValue value, bool underSecret, string[] secrets)
    {
        if (underSecret)
        {
            return new HoconString(Placeholder, value.Origin);
        }

        return value switch
        {
            HoconObject o => new HoconObject(
                o.Select(e => new KeyValuePair<string, HoconValue>(e.Key, RedactValue(e.Value, IsSecretKey(e.Key), secrets))),
                o.Origin),
            HoconList l => new HoconList(l.Select(item => RedactValue(item, underSecret: false, secrets)), l.Origin),
            HoconString s when secrets.Any(secret => s.Value.Contains(secret, StringComparison.Ordinal)) => new HoconString(Placeholder, s.Origin),
            _ => value,
        };
    }
}
