namespace FractalTrader.Exchange.Hyperliquid.Signing;

/// <summary>
/// Loads the signing key from an environment variable or from a file only its owner can read.
/// Errors name the variable or the path, never the content. Stateless and thread-safe.
/// </summary>
public static class PrivateKeySource
{
    private const UnixFileMode GroupOrWorld =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>Reads the key from environment variable <paramref name="variable"/>.</summary>
    /// <exception cref="KeySourceException">The variable is unset or does not hold a key.</exception>
    public static PrivateKey FromEnvironment(string variable)
    {
        ArgumentException.ThrowIfNullOrEmpty(variable);
        var text = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new KeySourceException($"Environment variable {variable} is not set; it must hold the private key.");
        }

        return Parse(text, $"Environment variable {variable}");
    }

    /// <summary>Reads the key from <paramref name="path"/>, refusing a file that group or others may access.</summary>
    /// <exception cref="KeySourceException">Missing, too permissive, or not a key.</exception>
    public static PrivateKey FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new KeySourceException($"Key file {path} does not exist.");
        }

        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            if ((mode & GroupOrWorld) != UnixFileMode.None)
            {
                throw new KeySourceException(
                    $"Key file {path} is readable or writable by group or others (mode {Convert.ToString((int)mode, 8)}); run: chmod 600 {path}");
            }
        }

        return Parse(File.ReadAllText(path), $"Key file {path}");
    }

    private static PrivateKey Parse(string text, string origin)
    {
        try
        {
            return PrivateKey.Parse(text, origin);
        }
        catch (FormatException e)
        {
            throw new KeySourceException(e.Message);
        }
    }
}
