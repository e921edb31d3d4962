namespace FractalTrader.Runtime.Tests.Configuration;

/// <summary>A scratch folder of configuration files for one test, deleted afterwards.</summary>
public sealed class ConfigFiles : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("fractal-hocon-");

    public string Folder => folder.FullName;

    /// <summary>Writes a file (LF line endings, as written) and returns its full path.</summary>
    public string Write(string name, string text)
    {
        var path = Path.Combine(folder.FullName, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => folder.Delete(recursive: true);
}
