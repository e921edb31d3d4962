using FractalTrader.Testing;

namespace FractalTrader.Host.Tests;

/// <summary><c>fractal</c> run as an operator runs it: its own process, against a node's address.</summary>
internal static class OperatorCli
{
    public static string Assembly => Path.Combine(AppContext.BaseDirectory, "fractal.dll");

    /// <summary>Runs <c>fractal args</c> to its end: the exit code and every line it printed.</summary>
    public static Task<(int ExitCode, string Text)> RunAsync(params string[] args) => RunAsync(null, args);

    /// <summary>Runs <c>fractal args</c> with <paramref name="environment"/> set on top of this process's.</summary>
    public static async Task<(int ExitCode, string Text)> RunAsync(IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        await using var cli = ChildProcess.StartDotnet(Assembly, args, AppContext.BaseDirectory, environment);
        var exit = await cli.WaitForExitAsync(HostedNode.Patience);
        return (exit, string.Join('\n', cli.Lines));
    }
}
