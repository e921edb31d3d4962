namespace FractalTrader.Runtime.Tests.Persistence.Sqlite;

/// <summary>A folder under the system temp path, deleted with everything in it when disposed.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder()
    {
        Path = Directory.CreateTempSubdirectory("fractal-journal-").FullName;
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a crashed child process; the OS temp cleanup takes it later.
        }
    }
}
