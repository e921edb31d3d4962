using System.CommandLine;

namespace FractalTrader.Cli;

/// <summary>Entry point of <c>fractal</c>, the operator CLI.</summary>
public static class Program
{
    /// <summary>Runs the command line and returns the process exit code.</summary>
    public static int Main(string[] args) => BuildRootCommand().Parse(args).Invoke();

    /// <summary>Builds the whole command tree; tests invoke it in-process.</summary>
    public static RootCommand BuildRootCommand()
    {
        var root = new RootCommand("fractal — the FractalTrader operator CLI");
        return root;
    }
}
