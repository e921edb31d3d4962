using System.Diagnostics;

namespace FractalTrader.Testing;

/// <summary>
/// A process a test starts (a node, a venue): every line it writes to stdout and stderr is kept,
/// tests wait for a line, send SIGTERM or SIGKILL and read the exit code. Killed on dispose if
/// still running. Thread-safe.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly Lock gate = new();
    private readonly List<string> lines = [];
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Found)> waiters = [];
    private readonly TaskCompletionSource outputClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int openStreams = 2;

    private ChildProcess(Process process) => this.process = process;

    /// <summary>The process id.</summary>
    public int Id => process.Id;

    /// <summary>Whether the process has exited.</summary>
    public bool HasExited => process.HasExited;

    /// <summary>Every line written so far (stdout and stderr interleaved as they arrived).</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (gate)
            {
                return [.. lines];
            }
        }
    }

    /// <summary>Starts a .NET application (<c>dotnet path.dll args</c>) in <paramref name="workingDirectory"/>.</summary>
    /// <param name="assembly">The application's dll.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <param name="workingDirectory">Its working folder.</param>
    /// <param name="environment">Variables to set (null removes one) on top of this process's.</param>
    public static ChildProcess StartDotnet(string assembly, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(assembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>(StringComparer.Ordinal))
        {
            start.Environment[name] = value;
        }

        var child = new ChildProcess(new Process { StartInfo = start, EnableRaisingEvents = true });
        child.process.OutputDataReceived += (_, e) => child.Add(e.Data);
        child.process.ErrorDataReceived += (_, e) => child.Add(e.Data);
        child.process.Start();
        child.process.BeginOutputReadLine();
        child.process.BeginErrorReadLine();
        return child;
    }

    /// <summary>The first line (already written or still to come) that matches, or a timeout naming what was awaited.</summary>
    /// <exception cref="TimeoutException">No such line in time, or the process ended without one.</exception>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan timeout, string description)
    {
        ArgumentNullException.ThrowIfNull(match);
        var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            if (lines.FirstOrDefault(match) is { } line)
            {
                return line;
            }

            waiters.Add((match, found));
        }

        var ended = await Task.WhenAny(found.Task, outputClosed.Task, Task.Delay(timeout));
        if (ended == found.Task)
        {
            return await found.Task;
        }

        lock (gate)
        {
            waiters.RemoveAll(w => w.Found == found);
        }

        var why = ended == outputClosed.Task ? "the process ended" : $"{timeout.TotalSeconds:0}s passed";
        throw new TimeoutException($"{why} before {description}; last lines:{Environment.NewLine}{string.Join(Environment.NewLine, Lines.TakeLast(30))}");
    }

    /// <summary>Sends SIGINT, as Ctrl+C in a terminal does (a clean stop request).</summary>
    public void Interrupt() => Signal("INT");

    /// <summary>Sends SIGTERM (a clean stop request).</summary>
    public void Terminate() => Signal("TERM");

    /// <summary>Sends SIGKILL: no finalizers, no flush, no dispose.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
    }

    /// <summary>Waits for the process to exit and returns its exit code, with all its output read.</summary>
    /// <exception cref="TimeoutException">Still running after <paramref name="timeout"/>.</exception>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException e)
        {
            throw new TimeoutException($"the process did not exit within {timeout.TotalSeconds:0}s; last lines:{Environment.NewLine}{string.Join(Environment.NewLine, Lines.TakeLast(30))}", e);
        }

        await outputClosed.Task.WaitAsync(timeout);
        return process.ExitCode;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Kill();
        await process.WaitForExitAsync();
        process.Dispose();
    }

    private void Signal(string name)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-" + name, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })
            ?? throw new InvalidOperationException("could not run kill");
        kill.WaitForExit();
    }

    private void Add(string? line)
    {
        lock (gate)
        {
            if (line is null)
            {
                if (--openStreams == 0)
                {
                    outputClosed.TrySetResult();
                }

                return;
            }

            lines.Add(line);
            foreach (var waiter in waiters.Where(w => w.Match(line)).ToList())
            {
                waiters.Remove(waiter);
                waiter.Found.TrySetResult(line);
            }
        }
    }
}
