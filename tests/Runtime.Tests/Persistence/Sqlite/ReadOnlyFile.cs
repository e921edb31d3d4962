using System.Diagnostics;
using System.Runtime.Versioning;

namespace FractalTrader.Runtime.Tests.Persistence.Sqlite;

/// <summary>
/// Makes a file read-only for as long as it is held: the immutable attribute when running as root
/// (root ignores permission bits), otherwise permission bits. Undone on dispose.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class ReadOnlyFile : IDisposable
{
    private readonly string path;
    private readonly bool immutable;

    private ReadOnlyFile(string path, bool immutable)
    {
        this.path = path;
        this.immutable = immutable;
    }

    public static ReadOnlyFile Make(string path)
    {
        if (Environment.IsPrivilegedProcess)
        {
            Chattr("+i", path);
            return new ReadOnlyFile(path, immutable: true);
        }

        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        return new ReadOnlyFile(path, immutable: false);
    }

    public void Dispose()
    {
        if (immutable)
        {
            Chattr("-i", path);
        }
        else
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }
    }

    private static void Chattr(string change, string path)
    {
        using var process = Process.Start(new ProcessStartInfo("chattr", [change, path]) { RedirectStandardError = true, UseShellExecute = false })
            ?? throw new InvalidOperationException("chattr could not be started");
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"chattr {change} {path} failed: {error}");
        }
    }
}
